package fr.referentcpts.core.geo;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The matches of one search: the best rank of each entry found so far (packed with its
 * tie-break into one {@code long}, smaller first), the entries in the order found, and the
 * selection of the best ones without sorting them all.
 */
final class RankedMatches {
    private static final long REJECTED = -1;
    private final long[] order;
    private final IntPredicate accept;
    private final long[] best;
    private final int[] found;
    private int count;

    /**
     * @param order  the tie-break of each entry
     * @param accept which entries may be found at all (e.g. those of a département)
     */
    RankedMatches(long[] order, IntPredicate accept) {
        this.order = order;
        this.accept = accept;
        this.best = new long[order.length];
        Arrays.fill(best, Long.MAX_VALUE);
        this.found = new int[order.length];
    }

    /** Keeps {@code rank} for {@code entry} if it is its best so far. */
    void offer(int entry, int rank) {
        long current = best[entry];
        if (current == REJECTED) {
            return;
        }
        long key = (long) rank << 56 | order[entry];
        if (current == Long.MAX_VALUE) {
            if (!accept.test(entry)) {
                best[entry] = REJECTED;
                return;
            }
            found[count++] = entry;
            best[entry] = key;
        } else if (key < current) {
            best[entry] = key;
        }
    }

    /** The {@code limit} best entries, best first: a bounded insertion, no full sort. */
    int[] top(int limit, int[] entryByAlphabeticalRank) {
        long[] top = new long[Math.min(limit, count)];
        int size = 0;
        for (int i = 0; i < count; i++) {
            long key = best[found[i]];
            if (size == top.length && (size == 0 || key >= top[size - 1])) {
                continue;
            }
            int at = Arrays.binarySearch(top, 0, size, key);
            int position = at >= 0 ? at : -at - 1;
            int kept = Math.min(size, top.length - 1);
            System.arraycopy(top, position, top, position + 1, kept - position);
            top[position] = key;
            size = Math.min(size + 1, top.length);
        }
        int[] entries = new int[size];
        for (int i = 0; i < size; i++) {
            entries[i] = entryByAlphabeticalRank[(int) (top[i] & NameIndex.LOW_BITS)];
        }
        return entries;
    }
}
