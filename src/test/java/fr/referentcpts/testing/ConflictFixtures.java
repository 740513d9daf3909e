package fr.referentcpts.testing;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.Content;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One case file changed on two computers since their last synchronisation: {@link #mine()} as
 * this computer holds it, {@link #theirs()} as the cellule's server holds it. They differ in
 * every part a case holds — fields, communes, people (two of them named alike), missions,
 * indicators, documents, forms, history, meetings, payments, the signed contract's records,
 * annexes.
 */
public final class ConflictFixtures {
    public static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    public static final Instant MINE_AT = Instant.parse("2026-11-20T09:00:00Z");
    public static final Instant THEIRS_AT = Instant.parse("2026-11-20T11:00:00Z");
    /** Two people of the same name, told apart by their id. */
    public static final UUID MARTIN_NURSE = id(1);
    public static final UUID MARTIN_DOCTOR = id(2);
    /** A person the server removed, that a meeting of this computer still cites. */
    public static final UUID LEBRUN = id(3);
    /** A person the server added, that a meeting only the server holds cites. */
    public static final UUID DUVAL = id(4);
    public static final UUID SHARED_INDICATOR = id(20);
    public static final UUID SHARED_MEETING = id(40);
    public static final UUID NEW_MEETING = id(41);
    public static final UUID NEW_DOCUMENT = id(61);

    private static final Content LETTER = Content.of("lettre d’intention".getBytes(StandardCharsets.UTF_8));
    private static final Content MINUTES = Content.of("compte rendu".getBytes(StandardCharsets.UTF_8));
    private static final Content ANNEX = Content.of("%PDF-annexe".getBytes(StandardCharsets.UTF_8));
    private static final Content ANNEX_2 = Content.of("%PDF-annexe-2".getBytes(StandardCharsets.UTF_8));

    private ConflictFixtures() {
    }

    public static CaseBundle mine() {
        CaseFile c = new CaseFile(CASE, "CPTS du Bocage virois", "14", "Camille Roux", "Relancer la mairie",
                WorkflowStage.HEALTH_PROJECT, false, Instant.parse("2026-01-05T08:00:00Z"), MINE_AT, 7);
        return new CaseBundle(c, List.of(vire(), commune("14027", "Beaumesnil", 210)),
                List.of(martinNurse("06 11 22 33 44"), martinDoctor("02 31 00 00 01"), lebrun()),
                new MissionContent(List.of(access(true), new CaseMission(Mission.PREVENTION, true, null, false)),
                        List.of(action(id(10), "Créneaux de soins non programmés"),
                                action(id(11), "Annuaire des professionnels")),
                        List.of(indicator(Map.of(1, new BigDecimal("120")), List.of(tier("100", "2500.00")))),
                        List.of(new RateOverride(Mission.ACCESS, 1, new BigDecimal("0.80"), "Données CPAM tardives"))),
                List.of(document(id(60), "lettre.pdf", LETTER)),
                new WorkflowData(new PreProject(LocalDate.of(2026, 1, 5), null, "Désert médical", 1),
                        new LetterOfIntent(LocalDate.of(2026, 3, 1), Set.of(), null, null, null, "", null, null, 1),
                        health(MARTIN_DOCTOR), null,
                        List.of(new WorkflowData.EnteredAmount(LineKey.OPERATING, new BigDecimal("50000.00"),
                                "Camille Roux", LocalDate.of(2026, 10, 1), "Contrat signé")),
                        List.of(history(id(30), LocalDate.of(2026, 3, 1))),
                        List.of(meeting(SHARED_MEETING, "Mairie de Vire", List.of(MARTIN_NURSE, LEBRUN),
                                List.of(new NextAction(id(50), "Envoyer les statuts", "Mme Martin", null, false)))),
                        List.of(new AnnualReview(1, LocalDate.of(2026, 6, 10), "Bonne dynamique", 1)),
                        List.of(payment(id(70), "11250.00")), List.of(crisis(id(80), "ARS-2026-01")),
                        List.of(new CrisisPlanUpdate(1, LocalDate.of(2026, 4, 1), "Plan écrit")),
                        List.of(amendment(id(90), "Ajout de la mission prévention")),
                        new FirstPaymentFile(LocalDate.of(2026, 9, 1), "", "", 1)),
                List.of(annex(id(100), ANNEX)));
    }

    public static CaseBundle theirs() {
        CaseFile c = new CaseFile(CASE, "CPTS du Bocage virois et du Pré-Bocage", "14", "Camille Roux",
                "Mairie relancée le 18/11", WorkflowStage.SIGNATURE, false, Instant.parse("2026-01-05T08:00:00Z"),
                THEIRS_AT, 9);
        return new CaseBundle(c, List.of(vire(), commune("14061", "Le Bény-Bocage", 1_020)),
                List.of(martinNurse("06 11 22 33 44"), martinDoctor("02 31 99 99 99"), duval()),
                new MissionContent(List.of(access(false), new CaseMission(Mission.PREVENTION, true, null, false)),
                        List.of(action(id(10), "Créneaux de soins non programmés")),
                        List.of(indicator(Map.of(1, new BigDecimal("120"), 2, new BigDecimal("140")),
                                List.of(tier("100", "2500.00"), tier("150", "4000.00")))),
                        List.of(new RateOverride(Mission.ACCESS, 1, new BigDecimal("0.90"), "Données CPAM reçues"))),
                List.of(document(id(60), "lettre.pdf", LETTER), document(NEW_DOCUMENT, "compte-rendu.pdf", MINUTES)),
                new WorkflowData(new PreProject(LocalDate.of(2026, 1, 5), null, "Désert médical", 4),
                        new LetterOfIntent(LocalDate.of(2026, 3, 2), Set.of(), null, null, null, "Reçue par courriel",
                                null, null, 2),
                        health(DUVAL), Negotiation.EMPTY,
                        List.of(new WorkflowData.EnteredAmount(LineKey.OPERATING, new BigDecimal("52000.00"),
                                "Camille Roux", LocalDate.of(2026, 11, 2), "Avenant")),
                        List.of(history(id(30), LocalDate.of(2026, 3, 1)), history(id(31), LocalDate.of(2026, 11, 18))),
                        List.of(meeting(SHARED_MEETING, "Mairie de Vire", List.of(MARTIN_NURSE),
                                List.of(new NextAction(id(50), "Envoyer les statuts", "Mme Martin", null, true),
                                        new NextAction(id(51), "Réserver la salle", "M. Duval", null, false))),
                                meeting(NEW_MEETING, "Maison de santé", List.of(DUVAL), List.of())),
                        List.of(new AnnualReview(1, LocalDate.of(2026, 6, 10), "Bonne dynamique", 3),
                                new AnnualReview(2, LocalDate.of(2026, 11, 15), "Objectifs atteints", 1)),
                        List.of(payment(id(70), "12000.00"), payment(id(71), "3000.00")),
                        List.of(crisis(id(80), "ARS-2026-01"), crisis(id(81), "ARS-2026-07")),
                        List.of(new CrisisPlanUpdate(1, LocalDate.of(2026, 4, 1), "Plan écrit et diffusé")),
                        List.of(), new FirstPaymentFile(LocalDate.of(2026, 9, 1), "73282932000074", "", 2)),
                List.of(annex(id(100), ANNEX), annex(id(101), ANNEX_2)));
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static TerritoryCommune vire() {
        return commune("14762", "Vire Normandie", 16_774);
    }

    private static TerritoryCommune commune(String insee, String name, long population) {
        return new TerritoryCommune(insee, name, "14", population, "INSEE", "2023", "");
    }

    private static Person martinNurse(String phone) {
        return new Person(MARTIN_NURSE, CASE, PersonKind.LIBERAL_PROFESSIONAL, Profession.NURSE, "Claire Martin", "",
                "Vire Normandie", Set.of(Role.CONTACT), "", phone, "", "", null, "");
    }

    private static Person martinDoctor(String phone) {
        return new Person(MARTIN_DOCTOR, CASE, PersonKind.LIBERAL_PROFESSIONAL, Profession.GENERAL_PRACTITIONER,
                "Claire Martin", "", "Vire Normandie", Set.of(Role.PRESIDENT), "", phone, "", "", null, "");
    }

    private static Person lebrun() {
        return new Person(LEBRUN, CASE, PersonKind.LOCAL_AUTHORITY, null, "Paul Lebrun", "Mairie de Vire",
                "Vire Normandie", Set.of(Role.PARTNER), "", "", "", "", null, "");
    }

    private static Person duval() {
        return new Person(DUVAL, CASE, PersonKind.MSP_ESP, null, "Marc Duval", "MSP du Bény", "Le Bény-Bocage",
                Set.of(Role.COORDINATOR), "", "", "", "", null, "");
    }

    private static CaseMission access(boolean snp) {
        return new CaseMission(Mission.ACCESS, true, LocalDate.of(2026, 7, 1), snp);
    }

    private static MissionAction action(UUID id, String title) {
        return new MissionAction(id, CASE, Mission.ACCESS, title, "", "Dr Martin", "", "2027", "");
    }

    private static IndicatorTier tier(String threshold, String amount) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), "");
    }

    private static Indicator indicator(Map<Integer, BigDecimal> measured, List<IndicatorTier> tiers) {
        return new Indicator(SHARED_INDICATOR, CASE, Mission.ACCESS, "Demandes de soins non programmés traitées",
                IndicatorKind.RESULTS, "demandes", new BigDecimal("50"), Direction.HIGHER_IS_BETTER, BigDecimal.ONE,
                Map.of(1, new BigDecimal("100"), 2, new BigDecimal("150")), measured, null, tiers, "CPAM");
    }

    private static AttachedFile document(UUID id, String name, Content content) {
        return new AttachedFile(new CaseDocument(id, CASE, DocumentKind.OTHER, name, "application/pdf",
                content.bytes().length, "sha-" + name, null, "", Instant.parse("2026-03-01T10:00:00Z")), content);
    }

    private static HealthProject health(UUID coordinator) {
        return new HealthProject("Association CPTS du Bocage", "W141000123", null, null, "Vire", MARTIN_DOCTOR,
                coordinator, Set.of(), null, null, null, 1);
    }

    private static HistoryEntry history(UUID id, LocalDate date) {
        return new HistoryEntry(id, CASE, date, date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                HistoryKind.ADVANCE, WorkflowStage.LETTER_OF_INTENT, WorkflowStage.HEALTH_PROJECT, null, "",
                "Camille Roux");
    }

    private static Meeting meeting(UUID id, String place, List<UUID> participants, List<NextAction> actions) {
        return new Meeting(id, CASE, LocalDate.of(2026, 10, 14), null, place, MeetingKind.OTHER, participants, "",
                "Statuts", "", actions, 1);
    }

    private static PaymentReceived payment(UUID id, String amount) {
        return new PaymentReceived(id, CASE, LocalDate.of(2026, 10, 30), new BigDecimal(amount),
                new LineKey(Mission.ACCESS, Component.FIXED), "");
    }

    private static RecordedCrisis crisis(UUID id, String reference) {
        return new RecordedCrisis(id, new CrisisRecognition(LocalDate.of(2026, 2, 1), reference, ""));
    }

    private static RecordedAmendment amendment(UUID id, String reason) {
        return new RecordedAmendment(id, new ContractAmendment(1, LocalDate.of(2026, 9, 1), null,
                List.of(new MissionChoice(Mission.PREVENTION, LocalDate.of(2026, 9, 1), false)), List.of(), false,
                null, reason), Instant.parse("2026-09-02T10:00:00Z"));
    }

    private static AnnexFile annex(UUID id, Content content) {
        return new AnnexFile(id, Instant.parse("2026-09-02T10:00:00Z"), "aci-2024", "sha-" + id, "annexe-" + id, 3,
                content.bytes().length, true, content);
    }
}
