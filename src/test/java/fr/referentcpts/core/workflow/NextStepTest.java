package fr.referentcpts.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What « Parcours » says a case should do next agrees with what it counts as missing: never
 * « rien d’autre à faire » while a blocking item is counted missing, never a place to go to
 * when there is nothing to fill in. The clock reads 22/11/2026 at 14:00.
 */
class NextStepTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final WorkflowService workflow = service(Snapshots.NOW.atZone(PARIS));

    @Test
    void aRunningContractWithNothingLateWaitsForItsEndWithNowhereToGo() {
        // Signed 15/07/2025, five years: it ends on 15/07/2030, after today.
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        s.reviews.add(new AnnualReview(1, LocalDate.of(2026, 9, 10), "Bon démarrage", 1));
        s.indicators.replaceAll(i -> i.withMeasured(1, new BigDecimal("8")));
        s.payments.add(new PaymentReceived(UUID.randomUUID(), Snapshots.CASE, LocalDate.of(2026, 7, 20),
                new BigDecimal("500000.00"), null, ""));
        s.contract = new ContractRecords(List.of(), List.of(new CrisisPlanUpdate(1, LocalDate.of(2025, 11, 3), "")),
                List.of(), s.contract.paymentFile(), null);

        WorkflowStatus status = workflow.status(s.build());
        assertEquals(List.of(), status.missingBlocking(), "the contract's end is not missing: it is to come");
        assertEquals(List.of(), status.missingWarnings());
        assertEquals(List.of("FOLLOW_CRISIS_PLAN:2", "FOLLOW_CONTRACT_END"),
                status.pending().stream().map(Requirement::code).toList());
        Requirement end = status.pending().getLast();
        assertEquals(Phrase.of("consist.next.waiting", end.label(), Phrase.of("consist.detail.upcoming", "15/07/2030")),
                status.next().phrase());
        assertNull(status.next().place(), "nothing to fill in: no « Y aller »");
        assertFalse(status.canAdvance(), "TERMINÉ only once the contract has ended");
    }

    @Test
    void aRunningContractWithAWarningNamesTheWarningNotTheEnd() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.FOLLOW_UP);
        WorkflowStatus status = workflow.status(s.build());
        assertEquals(List.of(), status.missingBlocking());
        assertEquals(Phrase.of("workflow.instruction.followReview", 1), status.next().phrase());
        assertEquals(Place.FOLLOW_UP, status.next().place());
    }

    @Test
    void tonightsInformationMeetingIsPlannedSoThePreProjectCannotMoveOnYet() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.PRE_PROJECT);
        Meeting held = s.meetings.getFirst();
        s.meetings.set(0, new Meeting(held.id(), held.caseId(), Snapshots.TODAY, LocalTime.of(20, 0), held.place(),
                MeetingKind.INFORMATION, List.of(), "", "", "", List.of(), 1));

        WorkflowStatus at14h = workflow.status(s.build());
        assertFalse(at14h.canAdvance(), "the meeting is planned for 20:00, not held at 14:00");
        assertEquals(List.of(), at14h.missingBlocking());
        assertEquals("consist.next.waiting", at14h.next().phrase().key());
        assertNull(at14h.next().place());

        WorkflowStatus at21h = service(Snapshots.TODAY.atTime(21, 0).atZone(PARIS)).status(s.build());
        assertEquals(Phrase.of("workflow.next.advance", WorkflowStage.LETTER_OF_INTENT), at21h.next().phrase());
    }

    @Test
    void aMissingBlockingItemIsAlwaysTheNextAction() {
        Snapshots s = Snapshots.completeAt(WorkflowStage.PRE_PROJECT);
        s.communes.clear();
        WorkflowStatus status = workflow.status(s.build());
        assertEquals(List.of("PRE_TERRITORY"), status.missingBlocking().stream().map(Requirement::code).toList());
        assertEquals(status.missingBlocking().getFirst(), status.next().requirement());
        assertEquals(Place.TERRITORY, status.next().place());
    }

    /** The workflow's status as computed at {@code now}; no repository is read. */
    private static WorkflowService service(ZonedDateTime now) {
        return new WorkflowService(null, null, null, null, null, null, null, null, null, Snapshots.ENGINE, null,
                Clock.fixed(now.toInstant(), PARIS), UUID::randomUUID);
    }
}
