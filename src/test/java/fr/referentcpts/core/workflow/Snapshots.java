package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.Overlap;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.io.funding.RulesFiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Case snapshots built in memory, stage by stage, for the pure workflow tests. */
final class Snapshots {
    static final RulesCatalog CATALOG = RulesFiles.shippedCatalog();
    static final FundingEngine ENGINE = new FundingEngine(CATALOG);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The clock: 14:00 on {@link #TODAY}. */
    static final java.time.LocalDateTime NOW = TODAY.atTime(14, 0);
    static final UUID CASE = UUID.fromString("0a0b0c0d-0000-4000-8000-000000000001");

    WorkflowStage stage;
    boolean archived;
    List<TerritoryCommune> communes = new ArrayList<>();
    List<Overlap> overlaps = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    List<CaseMission> missions = new ArrayList<>();
    List<MissionAction> actions = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    PreProject preProject = PreProject.EMPTY;
    LetterOfIntent letter = LetterOfIntent.EMPTY;
    HealthProject project = HealthProject.EMPTY;
    Negotiation negotiation = Negotiation.EMPTY;
    Map<LineKey, fr.referentcpts.core.funding.ContractAmount> entered = new HashMap<>();
    ContractRecords contract = ContractRecords.EMPTY;
    final List<HistoryEntry> history = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<AnnualReview> reviews = new ArrayList<>();
    List<PaymentReceived> payments = new ArrayList<>();

    private Snapshots(WorkflowStage stage) {
        this.stage = stage;
    }

    /** An empty case at {@code stage}. */
    static Snapshots at(WorkflowStage stage) {
        return new Snapshots(stage);
    }

    /** A case at {@code stage} whose earlier stages and this one are complete. */
    static Snapshots completeAt(WorkflowStage stage) {
        Snapshots s = new Snapshots(stage);
        int index = StageFlow.PATH.indexOf(stage);
        if (index >= 0) {
            s.preProjectDone();
        }
        if (index >= 1) {
            s.letterDone();
        }
        if (index >= 2) {
            s.projectDone();
        }
        if (index >= 3) {
            s.signatureDone(LocalDate.of(2025, 7, 15));
        }
        return s;
    }

    Snapshots preProjectDone() {
        person("Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.PROJECT_LEADER, Role.CONTACT);
        person("Julien Lefèvre", Profession.NURSE);
        commune("14762", "Vire Normandie", 17_457);
        commune("14726", "Valdallière", 5_696);
        commune("14658", "Noues de Sienne", 4_207);
        preProject = new PreProject(LocalDate.of(2024, 9, 12), ContactParty.BOTH,
                "Départs en retraite de médecins généralistes ; patients sans médecin traitant.", 1);
        meeting(MeetingKind.INFORMATION, LocalDate.of(2024, 10, 3));
        return this;
    }

    Snapshots letterDone() {
        letter = new LetterOfIntent(LocalDate.of(2024, 12, 2), EnumSet.allOf(LetterItem.class),
                LocalDate.of(2024, 12, 5), LetterDecision.VALIDATED, LocalDate.of(2025, 1, 20), "",
                new BigDecimal("20000.00"), LocalDate.of(2025, 2, 14), 1);
        return this;
    }

    Snapshots projectDone() {
        Person president = person("Dr Anne Lebrun", Profession.PHARMACIST, Role.PRESIDENT);
        Person coordinator = person("Sophie Marie", null, Role.COORDINATOR);
        project = new HealthProject("CPTS du Bocage Virois", "W143001234", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 1), "Vire Normandie", president.id(), coordinator.id(),
                EnumSet.allOf(DiagnosisItem.class), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 5), 1);
        for (Mission mission : List.of(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS)) {
            mission(mission, null);
            action(mission, "Action " + mission);
        }
        return this;
    }

    Snapshots signatureDone(LocalDate signature) {
        meeting(MeetingKind.NEGOTIATION, signature.minusWeeks(3));
        for (CaseMission mission : List.copyOf(missions)) {
            indicator(mission.mission(), Map.of(1, new BigDecimal("10")));
        }
        negotiation = new Negotiation(27_360L, "INSEE, populations légales", "2023", true, "ACI-2019-AV2", null, "",
                new Signatory("Dr Anne Lebrun", "Présidente de l’association"),
                new Signatory("Marc Durand", "Directeur"), new Signatory("Hélène Petit", "Déléguée départementale"),
                "CPAM du Calvados", "ARS Normandie", signature, "Vire", 1);
        // Avenant 2, taille 1: the amounts no text gives, as this contract states them, and the first payment's file.
        entered.put(LineKey.OPERATING, fr.referentcpts.testing.WorkflowFixture.stated("50000.00"));
        entered.put(new LineKey(null, fr.referentcpts.core.funding.Component.LETTER_OF_INTENT),
                fr.referentcpts.testing.WorkflowFixture.stated("15000.00"));
        contract = new ContractRecords(List.of(), List.of(), List.of(), new FirstPaymentFile(signature.minusDays(10),
                fr.referentcpts.testing.WorkflowFixture.SIRET, "", 1), null);
        entered.put(new LineKey(Mission.CRISIS, fr.referentcpts.core.funding.Component.FIXED),
                fr.referentcpts.testing.WorkflowFixture.stated("10000.00"));
        entered.put(new LineKey(Mission.CRISIS, fr.referentcpts.core.funding.Component.CONDITIONAL),
                fr.referentcpts.testing.WorkflowFixture.stated("30000.00"));
        return this;
    }

    Person person(String name, Profession profession, Role... roles) {
        Person p = new Person(UUID.randomUUID(), CASE, profession == null ? PersonKind.OTHER
                : PersonKind.LIBERAL_PROFESSIONAL, profession, name, "", "", Set.of(roles), "", "", "", "", null, "");
        people.add(p);
        return p;
    }

    Snapshots commune(String code, String name, long population) {
        communes.add(new TerritoryCommune(code, name, TerritoryCommune.departementOf(code), population,
                "INSEE, populations légales", "2023", ""));
        return this;
    }

    Meeting meeting(MeetingKind kind, LocalDate date, NextAction... actions) {
        Meeting meeting = new Meeting(UUID.randomUUID(), CASE, date, null, "Mairie de Vire", kind, List.of(), "", "", "",
                List.of(actions), 1);
        meetings.add(meeting);
        return meeting;
    }

    Snapshots mission(Mission mission, LocalDate start) {
        missions.removeIf(m -> m.mission() == mission);
        missions.add(new CaseMission(mission, true, start, false));
        return this;
    }

    Snapshots action(Mission mission, String title) {
        actions.add(new MissionAction(UUID.randomUUID(), CASE, mission, title, "", "", "", ""));
        return this;
    }

    Snapshots indicator(Mission mission, Map<Integer, BigDecimal> targets) {
        indicators.add(new Indicator(UUID.randomUUID(), CASE, mission, "Indicateur " + mission, IndicatorKind.RESULTS,
                "", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE, targets, Map.of()));
        return this;
    }

    CaseSnapshot build() {
        CaseFile caseFile = new CaseFile(CASE, "CPTS du Bocage Virois", "14", "Camille Roussel", "", stage, archived,
                Instant.parse("2024-09-01T08:00:00Z"), Instant.parse("2024-09-01T08:00:00Z"), 3);
        return new CaseSnapshot(caseFile, new Territory(communes), overlaps, people,
                new MissionContent(missions, actions, indicators, List.of()), preProject, letter, project, negotiation,
                entered, meetings, history, reviews, payments, contract);
    }

    /** The requirements of the case's stage, as the service computes them on {@link #TODAY}. */
    List<Requirement> requirements() {
        return requirements(NOW);
    }

    List<Requirement> requirements(LocalDate today) {
        return requirements(today.atTime(14, 0));
    }

    List<Requirement> requirements(java.time.LocalDateTime now) {
        CaseSnapshot snapshot = build();
        return Requirements.of(stage, snapshot, CATALOG, ContractFunding.compute(snapshot, ENGINE), now);
    }

    /** « KIND[:arg] » of the missing requirements (not those not due yet), blocking first. */
    List<String> missing() {
        return requirements().stream().filter(Requirement::missing)
                .sorted(java.util.Comparator.comparing(Requirement::severity))
                .map(r -> (r.blocking() ? "" : "!") + r.code()).toList();
    }

    /** « KIND[:arg] » of the requirements not due yet. */
    List<String> upcoming() {
        return requirements().stream().filter(Requirement::pending).map(Requirement::code).toList();
    }

    Optional<Requirement> find(RequirementKind kind) {
        return requirements().stream().filter(r -> r.kind() == kind).findFirst();
    }
}
