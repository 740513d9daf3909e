package fr.referentcpts.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.agenda.DeadlineCalculator;
import fr.referentcpts.core.agenda.DeadlineKind;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.settings.WorkflowSettings;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines are computed from the case's data and the rules, with month-end dates as LocalDate counts them. */
class DeadlinesTest {
    private static final WorkflowSettings EIGHT_WEEKS = new WorkflowSettings("Camille Roussel", 8, 1);

    private static List<Deadline> deadlines(Snapshots s, WorkflowSettings settings, LocalDate today) {
        CaseSnapshot snapshot = s.build();
        return DeadlineCalculator.of(snapshot, ContractFunding.compute(snapshot, Snapshots.ENGINE), settings, today);
    }

    private static List<Deadline> deadlines(Snapshots s) {
        return deadlines(s, EIGHT_WEEKS, Snapshots.TODAY);
    }

    private static Snapshots signedOn(LocalDate signature) {
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        s.negotiation = new Negotiation(27_360L, "INSEE", "2023", true, "ACI-2019-AV2", null, "", s.negotiation.cpts(),
                s.negotiation.cpam(), s.negotiation.ars(), "CPAM du Calvados", "ARS Normandie", signature, "Vire", 1);
        return s;
    }

    private static LocalDate date(List<Deadline> list, DeadlineKind kind, String key) {
        return list.stream().filter(d -> d.kind() == kind && d.key().equals(key)).findFirst().orElseThrow().date();
    }

    @Test
    void aLetterWithoutDecisionAfterTheThresholdIsOverdue() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.LETTER_OF_INTENT);
        s.letter = new LetterOfIntent(LocalDate.of(2026, 8, 28), EnumSet.allOf(LetterItem.class),
                LocalDate.of(2026, 9, 1), null, null, "", null, null, 1);

        // 01/09/2026 + 8 weeks = 27/10/2026, before today (22/11/2026).
        Deadline eight = deadlines(s).getFirst();
        assertEquals(DeadlineKind.LETTER_DECISION, eight.kind());
        assertEquals(LocalDate.of(2026, 10, 27), eight.date());
        assertTrue(eight.overdue(Snapshots.TODAY));
        assertEquals(List.of("01/09/2026", 8), eight.arguments());

        // With 12 weeks: 24/11/2026, still to come.
        Deadline twelve = deadlines(s, new WorkflowSettings("", 12, 1), Snapshots.TODAY).getFirst();
        assertEquals(LocalDate.of(2026, 11, 24), twelve.date());
        assertFalse(twelve.overdue(Snapshots.TODAY));

        s.letter = new LetterOfIntent(s.letter.received(), s.letter.content(), s.letter.sentToArs(),
                LetterDecision.VALIDATED, LocalDate.of(2026, 11, 2), "", null, null, 2);
        assertEquals(List.of(), deadlines(s));
    }

    @ParameterizedTest(name = "signature {0}, {1} : démarrage {2}, déploiement {3}")
    @CsvSource({
        // ACCESS 6 / 18 months; PATHWAYS 12 / 24. plusMonths keeps the day or takes the month's last.
        "2025-08-31, ACCESS,   2026-02-28, 2027-02-28",
        "2027-08-31, ACCESS,   2028-02-29, 2029-02-28",
        "2025-08-31, PATHWAYS, 2026-08-31, 2027-08-31",
        "2028-02-29, ACCESS,   2028-08-29, 2029-08-29",
        "2028-02-29, PATHWAYS, 2029-02-28, 2030-02-28",
        "2025-07-15, CRISIS,   2026-01-15, 2027-01-15",
    })
    void missionDeadlinesCountMonthsFromTheSignature(LocalDate signature, Mission mission, LocalDate start,
            LocalDate deployed) {
        List<Deadline> list = deadlines(signedOn(signature), EIGHT_WEEKS, signature);
        assertEquals(start, date(list, DeadlineKind.MISSION_START, "start-" + mission));
        assertEquals(deployed, date(list, DeadlineKind.MISSION_DEPLOYED, "deployed-" + mission));
    }

    @Test
    void aTwentyNinthOfFebruarySignatureHasItsAnniversariesOnTheTwentyEighthInCommonYears() {
        List<Deadline> list = deadlines(signedOn(LocalDate.of(2028, 2, 29)), EIGHT_WEEKS, LocalDate.of(2028, 3, 1));
        assertEquals(List.of(LocalDate.of(2029, 2, 28), LocalDate.of(2030, 2, 28), LocalDate.of(2031, 2, 28),
                LocalDate.of(2032, 2, 29), LocalDate.of(2033, 2, 28)), list.stream()
                .filter(d -> d.kind() == DeadlineKind.ANNUAL_REVIEW).map(Deadline::date).toList());
        assertEquals(LocalDate.of(2033, 2, 28), date(list, DeadlineKind.CONTRACT_END, "contract-end"));
    }

    @Test
    void paymentsOfTheSameDayAreOneDeadlineWithTheirTotal() {
        List<Deadline> list = deadlines(signedOn(LocalDate.of(2025, 7, 15)));
        Deadline atSignature = list.stream().filter(d -> d.kind() == DeadlineKind.PAYMENT
                && d.date().equals(LocalDate.of(2025, 7, 15))).findFirst().orElseThrow();
        // Taille 1, avenant 2: operating 50 000 (entered) at 100 %, then 75 % of each fixed part:
        // ACCESS 15 000, PATHWAYS 25 000, PREVENTION 10 000, CRISIS 10 000 (entered) → 45 000;
        // 50 000 + 45 000 = 95 000 € in 5 lines.
        assertEquals(List.of("95\u202F000,00\u00A0€", 5), atSignature.arguments());
        assertFalse(atSignature.overdue(Snapshots.TODAY), "a payment is information, never overdue");
        assertFalse(atSignature.pending(Snapshots.TODAY));
    }

    @Test
    void aReviewRecordedAndAMissionStartedOnTimeAreDone() {
        Snapshots s = signedOn(LocalDate.of(2025, 7, 15));
        // Anniversary 1 (15/07/2026) passed without a review: overdue.
        Deadline review = deadlines(s).stream().filter(d -> d.key().equals("review-1")).findFirst().orElseThrow();
        assertTrue(review.overdue(Snapshots.TODAY));
        s.reviews.add(new AnnualReview(1, LocalDate.of(2026, 9, 10), "", 1));
        assertTrue(deadlines(s).stream().filter(d -> d.key().equals("review-1")).findFirst().orElseThrow().done());

        // ACCESS started at signature: done; PATHWAYS starting on 01/12/2026 (deadline 15/07/2026): overdue.
        s.mission(Mission.PATHWAYS, LocalDate.of(2026, 12, 1));
        List<Deadline> list = deadlines(s);
        assertTrue(list.stream().filter(d -> d.key().equals("start-ACCESS")).findFirst().orElseThrow().done());
        assertTrue(list.stream().filter(d -> d.key().equals("start-PATHWAYS")).findFirst().orElseThrow()
                .overdue(Snapshots.TODAY));
    }

    @Test
    void plannedMeetingsAndNextActionsFeedTheAgenda() {
        Snapshots s = Snapshots.at(WorkflowStage.PRE_PROJECT);
        NextAction call = new NextAction(UUID.randomUUID(), "Appeler la mairie", "Dr Martin",
                LocalDate.of(2026, 11, 20), false);
        NextAction done = new NextAction(UUID.randomUUID(), "Envoyer le compte rendu", "", LocalDate.of(2026, 11, 10),
                true);
        s.meeting(MeetingKind.INFORMATION, LocalDate.of(2026, 11, 5), call, done);
        s.meeting(MeetingKind.WORKING_GROUP, LocalDate.of(2026, 12, 3));

        List<Deadline> list = deadlines(s);
        assertEquals(List.of("NEXT_ACTION 2026-11-10 done", "NEXT_ACTION 2026-11-20 overdue", "MEETING 2026-12-03 "),
                list.stream().map(d -> d.kind() + " " + d.date() + " " + (d.done() ? "done"
                        : d.overdue(Snapshots.TODAY) ? "overdue" : "")).toList());
        assertEquals(List.of("Appeler la mairie", " – Dr Martin"), list.get(1).arguments());
    }

    @Test
    void archivedAndClosedCasesHaveNoDeadlines() {
        Snapshots archived = signedOn(LocalDate.of(2025, 7, 15));
        archived.archived = true;
        assertEquals(List.of(), deadlines(archived));
        Snapshots abandoned = Snapshots.completeAt(WorkflowStage.LETTER_OF_INTENT);
        abandoned.stage = WorkflowStage.ABANDONED;
        abandoned.meeting(MeetingKind.OTHER, Snapshots.TODAY.plusDays(2));
        assertEquals(List.of(), deadlines(abandoned));
    }

    @Test
    void uidsAreStableAndUniquePerCase() {
        List<Deadline> first = deadlines(signedOn(LocalDate.of(2025, 7, 15)));
        List<Deadline> again = deadlines(signedOn(LocalDate.of(2025, 7, 15)));
        assertEquals(first.stream().map(Deadline::uid).toList(), again.stream().map(Deadline::uid).toList());
        assertEquals(first.size(), first.stream().map(Deadline::uid).distinct().count());
        assertTrue(first.getFirst().uid().startsWith(Snapshots.CASE + "-"));
    }
}
