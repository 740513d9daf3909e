package fr.referentcpts.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.Overlap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each stage asks for. A case complete up to its stage misses nothing blocking; taking one
 * piece of data away makes exactly that requirement missing (« ! » marks a warning).
 */
class RequirementsTest {

    @ParameterizedTest(name = "{0} complet")
    @EnumSource(value = WorkflowStage.class, names = {"PRE_PROJECT", "LETTER_OF_INTENT", "HEALTH_PROJECT", "SIGNATURE"})
    void aCompleteStageMissesNothing(WorkflowStage stage) {
        assertEquals(List.of(), Snapshots.completeAt(stage).missing());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = WorkflowStage.class, names = {"ABANDONED", "TERMINATED", "CLOSED"})
    void endStatesAskForNothing(WorkflowStage stage) {
        assertEquals(List.of(), Snapshots.at(stage).requirements());
    }

    @Test
    void anEmptyPreProjectAsksForEverythingButTheWarnings() {
        assertEquals(List.of("PRE_TEAM", "PRE_CONTACT", "PRE_TERRITORY", "PRE_FIRST_CONTACT", "PRE_PROBLEMS",
                "PRE_INFO_MEETING"), Snapshots.at(WorkflowStage.PRE_PROJECT).missing());
    }

    static Stream<Arguments> oneThingMissing() {
        return Stream.of(
                row(WorkflowStage.PRE_PROJECT, "un seul professionnel", s -> s.people.removeIf(p -> p.profession() == Profession.NURSE),
                        "PRE_TEAM"),
                row(WorkflowStage.PRE_PROJECT, "deux médecins : une seule profession", s -> {
                    s.people.removeIf(p -> p.profession() == Profession.NURSE);
                    s.person("Dr Paul Roger", Profession.GENERAL_PRACTITIONER);
                }, "PRE_TEAM"),
                row(WorkflowStage.PRE_PROJECT, "personne contact", s -> {
                    s.people.clear();
                    s.person("Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.PROJECT_LEADER);
                    s.person("Julien Lefèvre", Profession.NURSE);
                }, "PRE_CONTACT"),
                row(WorkflowStage.PRE_PROJECT, "aucune commune", s -> s.communes.clear(), "PRE_TERRITORY"),
                row(WorkflowStage.PRE_PROJECT, "premier contact", s -> s.preProject = new PreProject(null, null, "Enjeux", 1),
                        "PRE_FIRST_CONTACT"),
                row(WorkflowStage.PRE_PROJECT, "enjeux", s -> s.preProject = new PreProject(LocalDate.of(2024, 9, 12),
                        ContactParty.ARS, "  ", 1), "PRE_PROBLEMS"),
                row(WorkflowStage.PRE_PROJECT, "réunion d’un autre type", s -> {
                    s.meetings.clear();
                    s.meeting(MeetingKind.WORKING_GROUP, LocalDate.of(2024, 10, 3));
                }, "PRE_INFO_MEETING"),
                // 8 500 < 20 000: a warning, not a blocker (the ACI sets no minimum).
                row(WorkflowStage.PRE_PROJECT, "petite population", s -> {
                    s.communes.clear();
                    s.commune("50582", "Sourdeval", 8_500);
                }, "!PRE_POPULATION"),
                row(WorkflowStage.PRE_PROJECT, "chevauchement", s -> s.overlaps.add(new Overlap("14762", UUID.randomUUID(),
                        "CPTS voisine")), "!PRE_OVERLAP"),

                row(WorkflowStage.LETTER_OF_INTENT, "date de réception", s -> s.letter = withReceived(s.letter, null),
                        "LETTER_RECEIVED"),
                row(WorkflowStage.LETTER_OF_INTENT, "orientations absentes", s -> s.letter = withContent(s.letter,
                        EnumSet.complementOf(EnumSet.of(LetterItem.ORIENTATIONS))), "LETTER_CONTENT:ORIENTATIONS"),
                row(WorkflowStage.LETTER_OF_INTENT, "décision à revoir", s -> s.letter = new LetterOfIntent(
                        s.letter.received(), s.letter.content(), s.letter.sentToArs(), LetterDecision.TO_REVISE,
                        LocalDate.of(2025, 1, 20), "Calendrier à préciser", null, null, 1),
                        "LETTER_DECISION", "!LETTER_SEED_GRANT"),
                row(WorkflowStage.LETTER_OF_INTENT, "crédit d’amorçage facultatif", s -> s.letter = new LetterOfIntent(
                        s.letter.received(), s.letter.content(), s.letter.sentToArs(), s.letter.decision(),
                        s.letter.decisionDate(), "", null, null, 1), "!LETTER_SEED_GRANT"),

                row(WorkflowStage.HEALTH_PROJECT, "RNA mal formé", s -> s.project = withRna(s.project, "W12345"), "PROJECT_RNA"),
                row(WorkflowStage.HEALTH_PROJECT, "diagnostic sans accès au médecin traitant", s -> s.project = withDiagnosis(
                        s.project, EnumSet.complementOf(EnumSet.of(DiagnosisItem.ACCESS_TO_GP))),
                        "PROJECT_DIAGNOSIS:ACCESS_TO_GP"),
                row(WorkflowStage.HEALTH_PROJECT, "mission socle crises non retenue", s -> s.missions.removeIf(
                        m -> m.mission() == Mission.CRISIS), "PROJECT_SOCLE_MISSION:CRISIS"),
                row(WorkflowStage.HEALTH_PROJECT, "mission socle sans action", s -> s.actions.removeIf(
                        a -> a.mission() == Mission.PATHWAYS), "PROJECT_SOCLE_MISSION:PATHWAYS"),
                row(WorkflowStage.HEALTH_PROJECT, "mission optionnelle sans action", s -> s.mission(Mission.QUALITY, null),
                        "PROJECT_OPTIONAL_MISSION:QUALITY"),
                row(WorkflowStage.HEALTH_PROJECT, "présidence : le rôle suffit", s -> {
                    s.project = withPresident(s.project, null);
                    s.person("Dr Luc Morin", Profession.DENTIST, Role.PRESIDENT);
                }),
                row(WorkflowStage.HEALTH_PROJECT, "ni président ni rôle", s -> {
                    s.project = withPresident(s.project, null);
                    s.people.removeIf(p -> p.has(Role.PRESIDENT));
                }, "PROJECT_PRESIDENT"),
                row(WorkflowStage.HEALTH_PROJECT, "siège", s -> s.project = withSeat(s.project, ""), "!PROJECT_SEAT"),

                row(WorkflowStage.SIGNATURE, "réunion de négociation", s -> s.meetings.removeIf(
                        m -> m.kind() == MeetingKind.NEGOTIATION), "SIGN_MEETING"),
                row(WorkflowStage.SIGNATURE, "indicateur sans objectif", s -> s.indicator(Mission.ACCESS, Map.of()),
                        "SIGN_INDICATORS:ACCESS"),
                row(WorkflowStage.SIGNATURE, "mission sans indicateur", s -> s.mission(Mission.SUPPORT, null)
                        .action(Mission.SUPPORT, "Accueil des internes"), "SIGN_INDICATORS:SUPPORT"),
                row(WorkflowStage.SIGNATURE, "population non confirmée", s -> s.negotiation = negotiation(s, null, "ACI-2019-AV2",
                        Snapshots.TODAY.minusMonths(1), "ARS Normandie"), "SIGN_POPULATION"),
                row(WorkflowStage.SIGNATURE, "version des règles non choisie", s -> s.negotiation = negotiation(s, 27_360L, null,
                        LocalDate.of(2025, 7, 15), "ARS Normandie"), "SIGN_RULES"),
                row(WorkflowStage.SIGNATURE, "version pas encore en vigueur", s -> s.negotiation = negotiation(s, 27_360L,
                        "ACI-2019-AV2", LocalDate.of(2021, 6, 1), "ARS Normandie"), "SIGN_RULES", "!SIGN_FUNDING"),
                row(WorkflowStage.SIGNATURE, "nom de l’ARS", s -> s.negotiation = negotiation(s, 27_360L, "ACI-2019-AV2",
                        LocalDate.of(2025, 7, 15), ""), "SIGN_SIGNATORY:ARS"),
                // ACCESS must start within 6 months of the 15/07/2025 signature: by 15/01/2026.
                row(WorkflowStage.SIGNATURE, "démarrage tardif", s -> s.mission(Mission.ACCESS, LocalDate.of(2026, 3, 1)),
                        "!SIGN_START_LATE:ACCESS"),
                row(WorkflowStage.SIGNATURE, "montants à confirmer non saisis", s -> s.entered.clear(), "!SIGN_FUNDING"));
    }

    @ParameterizedTest(name = "{0} : {1}")
    @MethodSource
    void oneThingMissing(WorkflowStage stage, String what, Consumer<Snapshots> change, List<String> expected) {
        Snapshots s = Snapshots.completeAt(stage);
        change.accept(s);
        assertEquals(expected, s.missing());
    }

    @Test
    void aContractInItsSecondYearAsksForTheFirstReviewItsMeasuresAndPayments() {
        // Signed 15/07/2025; today 22/11/2026: anniversary 1 (15/07/2026) is behind us.
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        // the crisis mission runs from the signature: its plan was due in year 1, its update in year 2
        assertEquals(List.of("!FOLLOW_REVIEW:1", "!FOLLOW_MEASURES:1", "!FOLLOW_CRISIS_PLAN:1", "!FOLLOW_PAYMENTS"),
                s.missing());
        // year 2's plan is due by 14/07/2027, the contract ends on 15/07/2030: not due yet, not missing
        assertEquals(List.of("FOLLOW_CRISIS_PLAN:2", "FOLLOW_CONTRACT_END"), s.upcoming());
        Requirement end = s.find(RequirementKind.FOLLOW_CONTRACT_END).orElseThrow();
        assertEquals(Phrase.of("consist.detail.upcoming", "15/07/2030"), end.detail());
        assertEquals(LocalDate.of(2030, 7, 15), end.upcoming());
        assertFalse(end.missingBlocking());

        s.reviews.add(new AnnualReview(1, LocalDate.of(2026, 9, 10), "Bon démarrage", 1));
        s.indicators.replaceAll(i -> i.withMeasured(1, new BigDecimal("8")));
        s.payments.add(new PaymentReceived(UUID.randomUUID(), Snapshots.CASE, LocalDate.of(2026, 7, 20),
                new BigDecimal("500000.00"), null, ""));
        s.contract = new ContractRecords(List.of(), List.of(new CrisisPlanUpdate(1, LocalDate.of(2025, 11, 3), ""),
                new CrisisPlanUpdate(2, LocalDate.of(2026, 9, 1), "")), List.of(), s.contract.paymentFile(), null);
        assertEquals(List.of(), s.missing());
        assertEquals(List.of("FOLLOW_CONTRACT_END"), s.upcoming());
        assertEquals(Phrase.of("workflow.detail.planUpdated", "01/09/2026"), s.requirements().stream()
                .filter(r -> r.kind() == RequirementKind.FOLLOW_CRISIS_PLAN).toList().get(1).detail());
    }

    @Test
    void theFirstPaymentNeedsTheRibAndAValidSiret() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.SIGNATURE);
        s.contract = new ContractRecords(List.of(), List.of(), List.of(), new FirstPaymentFile(null, "12345678901234",
                "", 1), null);
        assertEquals(List.of("!SIGN_PAYMENT_FILE"), s.missing());
        assertEquals(List.of(Phrase.of("workflow.detail.fileRib"), Phrase.of("workflow.detail.fileSiret")),
                s.find(RequirementKind.SIGN_PAYMENT_FILE).orElseThrow().detail().args()[0]);
        assertTrue(FirstPaymentFile.validSiret("89234567800015"));
        assertFalse(FirstPaymentFile.validSiret("89234567800016"));
    }

    @Test
    void aContractSignedUnderTheAvenantButPinnedToTheAci2019NeedsAReasonInTheHistory() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.SIGNATURE);
        s.negotiation = negotiation(s, 27_360L, "ACI-2019", LocalDate.of(2025, 7, 15), "ARS Normandie");
        assertTrue(s.missing().contains("SIGN_RULES"), s.missing().toString());
        assertEquals("workflow.detail.rulesSuperseded", s.find(RequirementKind.SIGN_RULES).orElseThrow().detail().key());
        s.history.add(new HistoryEntry(UUID.randomUUID(), Snapshots.CASE, LocalDate.of(2025, 7, 1),
                java.time.Instant.parse("2025-07-01T10:00:00Z"), HistoryKind.RULES_PINNED, WorkflowStage.SIGNATURE,
                WorkflowStage.SIGNATURE, null, "ACI-2019 : contrat négocié avant l’avenant, signature retardée", "Camille Roussel"));
        assertFalse(s.missing().contains("SIGN_RULES"), s.missing().toString());
    }

    @Test
    void missionStartsAreCheckedAgainstTheirDeadlinesDuringTheFollowUp() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        // PATHWAYS: 12 months after 15/07/2025 → by 15/07/2026; started 01/09/2026.
        s.mission(Mission.PATHWAYS, LocalDate.of(2026, 9, 1));
        Requirement late = s.requirements().stream()
                .filter(r -> r.kind() == RequirementKind.FOLLOW_START && r.arguments().getFirst() == Mission.PATHWAYS)
                .findFirst().orElseThrow();
        assertFalse(late.met());
        assertFalse(late.blocking());
        assertEquals(List.of(Mission.PATHWAYS, "15/07/2026"), late.arguments());
        assertEquals("workflow.detail.started", late.detail().key());
    }

    @Test
    void aContractPastItsFifthAnniversaryCanBeClosed() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        s.negotiation = negotiation(s, 27_360L, "ACI-2019", LocalDate.of(2020, 3, 2), "ARS Normandie");
        s.missions.removeIf(m -> m.mission() == Mission.CRISIS);
        s.indicators.removeIf(i -> i.mission() == Mission.CRISIS);
        s.entered.clear();
        List<Requirement> requirements = s.requirements();
        assertTrue(requirements.stream().filter(r -> r.kind() == RequirementKind.FOLLOW_CONTRACT_END)
                .allMatch(Requirement::met), "ended on 02/03/2025");
        assertEquals(5, requirements.stream().filter(r -> r.kind() == RequirementKind.FOLLOW_REVIEW).count());
    }

    @Test
    void theSocleMissionsAreThoseOfTheVersionInForce() {
        // Before the avenant 2 (in force 31/03/2022) CRISIS did not exist.
        Snapshots s = Snapshots.completeAt(WorkflowStage.HEALTH_PROJECT);
        s.missions.removeIf(m -> m.mission() == Mission.CRISIS);
        assertEquals(List.of("PROJECT_SOCLE_MISSION:CRISIS"), s.missing());
        assertEquals(List.of(), s.requirements(LocalDate.of(2021, 5, 1)).stream().filter(r -> !r.met())
                .map(Requirement::code).toList(), "ACI 2019: ACCESS, PATHWAYS and PREVENTION only");
    }

    @Test
    void aMeetingPlannedForTonightIsNotHeldYet() {
        // now: 22/11/2026 at 14:00; the information meeting is at 20:00 the same day
        Snapshots s = Snapshots.completeAt(WorkflowStage.PRE_PROJECT);
        s.meetings.clear();
        Meeting tonight = s.meeting(MeetingKind.INFORMATION, Snapshots.TODAY);
        s.meetings.set(0, withTime(tonight, LocalTime.of(20, 0)));
        Requirement info = s.find(RequirementKind.PRE_INFO_MEETING).orElseThrow();
        assertFalse(info.met(), "planned, not held");
        assertEquals(List.of(), s.missing(), "nor missing: it is planned");
        assertEquals(List.of("PRE_INFO_MEETING"), s.upcoming());
        assertEquals(Phrase.of("consist.detail.meetingPlannedAt", "22/11/2026", "20:00"), info.detail());

        assertTrue(s.requirements(Snapshots.TODAY.atTime(20, 0)).stream()
                .filter(r -> r.kind() == RequirementKind.PRE_INFO_MEETING).allMatch(Requirement::met), "held at 20:00");
        s.meetings.set(0, withTime(tonight, LocalTime.of(9, 0)));
        assertTrue(s.find(RequirementKind.PRE_INFO_MEETING).orElseThrow().met(), "this morning's meeting is held");
    }

    @Test
    void aMeetingOrASignaturePlannedLaterIsNotDueYet() {
        Snapshots pre = Snapshots.completeAt(WorkflowStage.PRE_PROJECT);
        pre.meetings.clear();
        pre.meeting(MeetingKind.INFORMATION, Snapshots.TODAY.plusDays(3));
        assertEquals(List.of(), pre.missing());
        assertEquals(Phrase.of("consist.detail.meetingPlanned", "25/11/2026"),
                pre.find(RequirementKind.PRE_INFO_MEETING).orElseThrow().detail());

        Snapshots negotiation = Snapshots.completeAt(WorkflowStage.SIGNATURE);
        negotiation.meetings.removeIf(m -> m.kind() == MeetingKind.NEGOTIATION);
        negotiation.meeting(MeetingKind.NEGOTIATION, Snapshots.TODAY.plusWeeks(1));
        assertEquals(List.of("SIGN_MEETING"), negotiation.upcoming());

        Snapshots signature = Snapshots.completeAt(WorkflowStage.SIGNATURE);
        signature.negotiation = negotiation(signature, 27_360L, "ACI-2019-AV2", Snapshots.TODAY.plusDays(10),
                "ARS Normandie");
        assertEquals(List.of(), signature.missing());
        assertEquals(List.of("SIGN_DATE"), signature.upcoming());
        assertEquals(Phrase.of("workflow.detail.plannedOn", "02/12/2026"),
                signature.find(RequirementKind.SIGN_DATE).orElseThrow().detail());
    }

    @Test
    void detailsSayWhatTheDataHolds() {
        Snapshots s = Snapshots.at(WorkflowStage.PRE_PROJECT);
        s.person("Dr Claire Martin", Profession.GENERAL_PRACTITIONER);
        Requirement team = s.find(RequirementKind.PRE_TEAM).orElseThrow();
        assertEquals(Phrase.of("workflow.detail.team", 1L, 1), team.detail());
    }

    private static Arguments row(WorkflowStage stage, String what, Consumer<Snapshots> change, String... missing) {
        return Arguments.of(stage, what, change, List.of(missing));
    }

    private static Meeting withTime(Meeting m, LocalTime time) {
        return new Meeting(m.id(), m.caseId(), m.date(), time, m.place(), m.kind(), m.participants(),
                m.otherParticipants(), m.agenda(), m.decisions(), m.actions(), m.version());
    }

    private static LetterOfIntent withReceived(LetterOfIntent l, LocalDate received) {
        return new LetterOfIntent(received, l.content(), l.sentToArs(), l.decision(), l.decisionDate(),
                l.decisionComments(), l.seedGrantAmount(), l.seedGrantDate(), l.version());
    }

    private static LetterOfIntent withContent(LetterOfIntent l, java.util.Set<LetterItem> content) {
        return new LetterOfIntent(l.received(), content, l.sentToArs(), l.decision(), l.decisionDate(),
                l.decisionComments(), l.seedGrantAmount(), l.seedGrantDate(), l.version());
    }

    private static HealthProject withRna(HealthProject p, String rna) {
        return new HealthProject(p.associationName(), rna, p.statutesDate(), p.constitutiveAssembly(), p.seat(),
                p.presidentId(), p.coordinatorId(), p.diagnosis(), p.received(), p.arsValidation(), p.amValidation(),
                p.version());
    }

    private static HealthProject withSeat(HealthProject p, String seat) {
        return new HealthProject(p.associationName(), p.rna(), p.statutesDate(), p.constitutiveAssembly(), seat,
                p.presidentId(), p.coordinatorId(), p.diagnosis(), p.received(), p.arsValidation(), p.amValidation(),
                p.version());
    }

    private static HealthProject withPresident(HealthProject p, UUID president) {
        return new HealthProject(p.associationName(), p.rna(), p.statutesDate(), p.constitutiveAssembly(), p.seat(),
                president, p.coordinatorId(), p.diagnosis(), p.received(), p.arsValidation(), p.amValidation(),
                p.version());
    }

    private static HealthProject withDiagnosis(HealthProject p, java.util.Set<DiagnosisItem> items) {
        return new HealthProject(p.associationName(), p.rna(), p.statutesDate(), p.constitutiveAssembly(), p.seat(),
                p.presidentId(), p.coordinatorId(), items, p.received(), p.arsValidation(), p.amValidation(),
                p.version());
    }

    private static Negotiation negotiation(Snapshots s, Long population, String rules, LocalDate signature,
            String arsName) {
        Negotiation n = s.negotiation;
        return new Negotiation(population, n.populationSource(), n.populationVintage(), population != null, rules,
                null, "", n.cpts(), n.cpam(), n.ars(), n.cpamName(), arsName, signature, n.signaturePlace(), 1);
    }
}
