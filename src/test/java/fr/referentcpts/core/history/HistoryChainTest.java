package fr.referentcpts.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each decision chained by SHA-256 to the previous one: any change outside the application shows. */
class HistoryChainTest {
    private static final UUID CASE = UUID.randomUUID();

    @Test
    void anUntouchedHistoryIsIntact() {
        HistoryChain.Verdict verdict = HistoryChain.verify(chain(entry("a"), entry("b"), entry("c")));
        assertTrue(verdict.intact());
        assertEquals(3, verdict.entries());
    }

    @Test
    void aReasonRewrittenBreaksTheChainAtThatDecision() {
        List<HistoryChain.Link> links = chain(entry("a"), entry("b"), entry("c"));
        HistoryChain.Link second = links.get(1);
        HistoryEntry e = second.entry();
        links.set(1, new HistoryChain.Link(new HistoryEntry(e.id(), e.caseId(), e.date(), e.recordedAt(), e.kind(),
                e.from(), e.to(), e.decidedBy(), "motif réécrit", e.author()), second.sequence(), second.hash()));

        assertEquals(e.id(), HistoryChain.verify(links).brokenAt().id());
    }

    @Test
    void aDecisionRemovedBreaksTheChainAtTheNextOne() {
        List<HistoryChain.Link> links = chain(entry("a"), entry("b"), entry("c"));
        HistoryEntry third = links.get(2).entry();
        links.remove(1);

        assertEquals(third.id(), HistoryChain.verify(links).brokenAt().id());
    }

    @Test
    void decisionsFromBeforeTheChainMayOnlyComeFirst() {
        List<HistoryChain.Link> links = new ArrayList<>();
        links.add(new HistoryChain.Link(entry("ancienne"), 0, null));
        HistoryEntry next = entry("b");
        links.add(new HistoryChain.Link(next, 1, HistoryChain.hash("", next, 1)));
        HistoryChain.Verdict verdict = HistoryChain.verify(links);
        assertNull(verdict.brokenAt());
        assertEquals(1, verdict.unchained());

        links.add(new HistoryChain.Link(entry("hash effacé"), 2, null));
        assertEquals("hash effacé", HistoryChain.verify(links).brokenAt().reason());
    }

    private static List<HistoryChain.Link> chain(HistoryEntry... entries) {
        List<HistoryChain.Link> links = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < entries.length; i++) {
            String hash = HistoryChain.hash(previous, entries[i], i);
            links.add(new HistoryChain.Link(HistoryChain.stored(entries[i]), i, hash));
            previous = hash;
        }
        return links;
    }

    private static HistoryEntry entry(String reason) {
        return new HistoryEntry(UUID.randomUUID(), CASE, LocalDate.of(2026, 3, 1), Instant.parse(
                "2026-03-01T10:00:00.123456789Z"), HistoryKind.ADVANCE, WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT,
                DecidedBy.ARS, reason, "Camille");
    }
}
