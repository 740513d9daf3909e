package fr.referentcpts.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** « À venir » lists deadlines by date, then case name, kind, key and case: the same order however they come. */
class DeadlineOrderTest {

    @Test
    void deadlinesComeByDateThenCaseNameThenKindThenKeyThenCase() {
        UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
        LocalDate day = LocalDate.of(2027, 1, 15);
        List<Deadline> expected = List.of(
                deadline(second, "CPTS Zeta", day.minusDays(1), DeadlineKind.CONTRACT_END, "z"),
                deadline(second, "CPTS Alpha", day, DeadlineKind.PAYMENT, "a"),
                deadline(first, "CPTS Bessin", day, DeadlineKind.MISSION_START, "start-ACCESS"),
                deadline(first, "CPTS Bessin", day, DeadlineKind.MISSION_START, "start-PATHWAYS"),
                deadline(first, "CPTS Bessin", day, DeadlineKind.ANNUAL_REVIEW, "review-1"),
                deadline(first, "CPTS Bessin", day, DeadlineKind.PAYMENT, "payment-2027-01-15"),
                deadline(second, "CPTS Bessin", day, DeadlineKind.PAYMENT, "payment-2027-01-15"),
                deadline(first, "CPTS Alpha", day.plusDays(1), DeadlineKind.LETTER_DECISION, "letter"));
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Deadline> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            shuffled.sort(DeadlineCalculator.ORDER);
            assertEquals(expected, shuffled);
        }
    }

    private static Deadline deadline(UUID caseId, String caseName, LocalDate date, DeadlineKind kind, String key) {
        return new Deadline(caseId, caseName, date, kind, List.of(), key, false);
    }
}
