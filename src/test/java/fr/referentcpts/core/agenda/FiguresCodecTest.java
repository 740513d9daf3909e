package fr.referentcpts.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.meetings.MeetingKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Kept home figures come back exactly as computed, or not at all. */
class FiguresCodecTest {
    private static final UUID CASE = UUID.fromString("6f1c1d4e-5a7b-4c2d-9e8f-0a1b2c3d4e5f");
    private static final String NAME = "CPTS « Bords | de \\ Vire »\nNord";

    private static CaseAgenda figures() {
        return new CaseAgenda(CASE, WorkflowStage.FOLLOW_UP, false, 106_234, true, new BigDecimal("135000.00"),
                new BigDecimal("0.00"), List.of(
                        deadline(LocalDate.of(2026, 12, 15), DeadlineKind.MEETING, "meeting-1", false,
                                MeetingKind.STEERING, " – Mairie | salle 2"),
                        deadline(LocalDate.of(2027, 1, 31), DeadlineKind.MISSION_START, "start-ACCESS", true,
                                Mission.ACCESS),
                        deadline(LocalDate.of(2027, 3, 1), DeadlineKind.PAYMENT, "payment-2027-03-01", false,
                                "87 500,00 €", 4),
                        deadline(LocalDate.of(2027, 4, 2), DeadlineKind.NEXT_ACTION, "action-2", false,
                                "Relancer\r\nla CPAM \\p", "")));
    }

    private static Deadline deadline(LocalDate date, DeadlineKind kind, String key, boolean done, Object... arguments) {
        return new Deadline(CASE, NAME, date, kind, List.of(arguments), key, done);
    }

    @Test
    void whatComesBackEqualsWhatWasKept() {
        assertEquals(figures(), FiguresCodec.decode(CASE, FiguresCodec.encode(figures(), NAME)));
        CaseAgenda archived = new CaseAgenda(CASE, WorkflowStage.CLOSED, true, 0, false, BigDecimal.ZERO,
                BigDecimal.ZERO, List.of());
        assertEquals(archived, FiguresCodec.decode(CASE, FiguresCodec.encode(archived, "")));
    }

    @Test
    void aTextCutShortOrAlteredIsRefused() {
        String text = FiguresCodec.encode(figures(), NAME);
        for (int length = 1; length < text.length(); length++) {
            String cut = text.substring(0, length);
            if (!cut.endsWith("\\")) {
                assertThrows(IllegalArgumentException.class, () -> FiguresCodec.decode(CASE, cut),
                        "cut at " + length);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FiguresCodec.decode(CASE, text.replace("|1|", "|x|")));
        String farDay = text.replace(String.valueOf(LocalDate.of(2027, 3, 1).toEpochDay()), "99999999999999");
        assertThrows(IllegalArgumentException.class, () -> FiguresCodec.decode(CASE, farDay), "a day out of range");
    }

    @Test
    void anArgumentOfAnUnknownTypeIsNotKept() {
        CaseAgenda odd = new CaseAgenda(CASE, WorkflowStage.FOLLOW_UP, false, 1, true, BigDecimal.ONE, BigDecimal.ONE,
                List.of(deadline(LocalDate.of(2027, 1, 1), DeadlineKind.CONTRACT_END, "contract-end", false,
                        LocalDate.of(2022, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> FiguresCodec.encode(odd, NAME));
    }
}
