package fr.referentcpts.testing;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.Decision;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.core.workflow.StageFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a real case file, through the services, with what each stage asks for, and walks it
 * along the path. Today is {@link TestData#CLOCK}'s: 22/11/2026.
 */
public final class WorkflowFixture {
    public static final LocalDate TODAY = LocalDate.now(TestData.CLOCK);
    private final AppContext context;

    public WorkflowFixture(AppContext context) {
        this.context = context;
    }

    public CaseFile newCase(String name) {
        return context.caseFiles().create(new CaseIdentity(name, "14", "Camille Roussel", ""));
    }

    public Person person(UUID caseId, String name, Profession profession, Role... roles) {
        return context.people().save(new Person(UUID.randomUUID(), caseId,
                profession == null ? PersonKind.OTHER : PersonKind.LIBERAL_PROFESSIONAL, profession, name, "", "",
                Set.of(roles), "", "", "", "", null, ""));
    }

    public void completePreProject(UUID caseId) {
        person(caseId, "Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.PROJECT_LEADER, Role.CONTACT);
        person(caseId, "Julien Lefèvre", Profession.NURSE);
        context.territories().add(caseId, List.of(commune("14762", "Vire Normandie", 17_457),
                commune("14726", "Valdallière", 5_696), commune("14658", "Noues de Sienne", 4_207)));
        context.stageForms().save(caseId, new PreProject(TODAY.minusMonths(40), ContactParty.BOTH,
                "Départs en retraite de médecins généralistes.", 0));
        meeting(caseId, MeetingKind.INFORMATION, TODAY.minusMonths(39));
    }

    public void completeLetter(UUID caseId) {
        context.stageForms().save(caseId, new LetterOfIntent(TODAY.minusMonths(36), EnumSet.allOf(LetterItem.class),
                TODAY.minusMonths(36).plusDays(3), LetterDecision.VALIDATED, TODAY.minusMonths(35), "Avis favorable",
                new BigDecimal("20000.00"), TODAY.minusMonths(34), 0));
    }

    public void completeProject(UUID caseId) {
        Person president = person(caseId, "Dr Anne Lebrun", Profession.PHARMACIST, Role.PRESIDENT);
        Person coordinator = person(caseId, "Sophie Marie", null, Role.COORDINATOR);
        RulesVersion rules = context.rules().versionInForceAt(TODAY);
        for (Mission mission : List.of(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS)) {
            context.missions().saveMission(caseId, new CaseMission(mission, true, null, false), rules);
            context.missions().saveAction(new MissionAction(UUID.randomUUID(), caseId, mission,
                    "Action « " + mission + " »", "", "", "", ""));
        }
        context.stageForms().save(caseId, new HealthProject("Association CPTS du Bocage", "W143001234",
                TODAY.minusMonths(30), TODAY.minusMonths(30), "Vire Normandie", president.id(), coordinator.id(),
                EnumSet.allOf(DiagnosisItem.class), TODAY.minusMonths(22), TODAY.minusMonths(21),
                TODAY.minusMonths(21).plusDays(2), 0));
    }

    public void completeSignature(UUID caseId, LocalDate signature) {
        meeting(caseId, MeetingKind.NEGOTIATION, signature.minusWeeks(3));
        for (CaseMission mission : context.missions().content(caseId).chosen()) {
            context.missions().saveIndicator(new Indicator(UUID.randomUUID(), caseId, mission.mission(),
                    "Indicateur " + mission.mission(), IndicatorKind.RESULTS, "", null, Direction.HIGHER_IS_BETTER,
                    BigDecimal.ONE, Map.of(1, new BigDecimal("10"), 2, new BigDecimal("20")), Map.of()));
        }
        context.stageForms().save(caseId, new Negotiation(27_360L, "INSEE, populations légales", "2023", true,
                "ACI-2019-AV2", null, "", new Signatory("Dr Anne Lebrun", "Présidente de l’association"),
                new Signatory("Marc Durand", "Directeur"), new Signatory("Hélène Petit", "Déléguée départementale"),
                "CPAM du Calvados", "ARS Normandie", signature, "Vire", 0));
        context.contracts().savePaymentFile(caseId, new fr.referentcpts.core.followup.FirstPaymentFile(
                signature.minusDays(10), SIRET, "", 0));
        context.stageForms().saveContractAmounts(caseId, Map.of(LineKey.OPERATING, stated("50000.00"),
                new LineKey(null, Component.LETTER_OF_INTENT), stated("15000.00"),
                new LineKey(Mission.CRISIS, Component.FIXED), stated("10000.00"),
                new LineKey(Mission.CRISIS, Component.CONDITIONAL), stated("30000.00")));
    }

    /** A SIRET whose check digit holds (fictitious). */
    public static final String SIRET = "89234567800015";

    /** An amount the contract states itself (taille 1: the avenant's crisis amounts are unknown). */
    public static fr.referentcpts.core.funding.ContractAmount stated(String amount) {
        return new fr.referentcpts.core.funding.ContractAmount(new BigDecimal(amount), "", null,
                "Montant négocié, le barème de l’avenant 2 ne le donnant pas pour la taille 1");
    }

    /** Completes every stage up to {@code target} and advances the case to it (signature 15/07/2025). */
    public CaseFile walkTo(UUID caseId, WorkflowStage target) {
        CaseFile current = context.caseFiles().get(caseId);
        for (WorkflowStage stage : StageFlow.PATH) {
            if (stage == target) {
                break;
            }
            switch (stage) {
                case PRE_PROJECT -> completePreProject(caseId);
                case LETTER_OF_INTENT -> completeLetter(caseId);
                case HEALTH_PROJECT -> completeProject(caseId);
                case SIGNATURE -> completeSignature(caseId, LocalDate.of(2025, 7, 15));
                default -> {
                }
            }
            current = context.workflow().advance(caseId, stage, new Decision(TODAY, DecidedBy.JOINT, ""));
        }
        return current;
    }

    public Meeting meeting(UUID caseId, MeetingKind kind, LocalDate date) {
        return context.meetings().save(new Meeting(UUID.randomUUID(), caseId, date, null, "Mairie de Vire", kind,
                List.of(), "", "", "", List.of(), 0));
    }

    public static TerritoryCommune commune(String code, String name, long population) {
        return new TerritoryCommune(code, name, TerritoryCommune.departementOf(code), population,
                "INSEE, populations légales", "2023", "");
    }
}
