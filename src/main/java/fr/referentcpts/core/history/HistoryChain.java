package fr.referentcpts.core.history;

import fr.referentcpts.core.workflow.HistoryEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The history of a case as a hash chain: each decision's SHA-256 covers its content, its place
 * in the sequence and the previous decision's hash, as the final annexes are covered by theirs.
 * A decision changed, removed or inserted outside the application breaks the chain from there
 * on: {@link #verify} says where. Decisions recorded before the chain existed have no hash; they
 * may only come first.
 */
public final class HistoryChain {
    private HistoryChain() {
    }

    /** A decision as stored: its place in the case's sequence and its hash (null before the chain existed). */
    public record Link(HistoryEntry entry, int sequence, String hash) {
    }

    /**
     * The verdict on a case's history.
     *
     * @param brokenAt the first decision whose hash does not follow (null when intact)
     * @param unchained decisions recorded before the chain existed
     */
    public record Verdict(int entries, int unchained, HistoryEntry brokenAt) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** The moment recorded, as the database keeps it (microseconds): the hash covers exactly what is stored. */
    public static HistoryEntry stored(HistoryEntry e) {
        return new HistoryEntry(e.id(), e.caseId(), e.date(), e.recordedAt().truncatedTo(ChronoUnit.MICROS), e.kind(),
                e.from(), e.to(), e.decidedBy(), e.reason(), e.author());
    }

    /** The hash of {@code e} at {@code sequence}, after {@code previous} (empty for the first). */
    public static String hash(String previous, HistoryEntry e, int sequence) {
        HistoryEntry s = stored(e);
        String text = String.join("\u001f", Objects.toString(previous, ""), String.valueOf(sequence),
                s.id().toString(), s.caseId().toString(), s.date().toString(), s.recordedAt().toString(),
                s.kind().name(), name(s.from()), name(s.to()), name(s.decidedBy()), s.reason(), s.author());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e1);
        }
    }

    /** Checks the links of one case, in sequence order. */
    public static Verdict verify(List<Link> links) {
        String previous = "";
        int unchained = 0;
        boolean chained = false;
        for (Link link : links) {
            if (link.hash() == null && !chained) {
                unchained++;
                continue;
            }
            chained = true;
            if (link.hash() == null || !link.hash().equals(hash(previous, link.entry(), link.sequence()))) {
                return new Verdict(links.size(), unchained, link.entry());
            }
            previous = link.hash();
        }
        return new Verdict(links.size(), unchained, null);
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
