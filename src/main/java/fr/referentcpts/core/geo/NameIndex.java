package fr.referentcpts.core.geo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A ranked search over the keys of a fixed list of entries (communes or EPCI), built once.
 * All keys live in one string, each between two {@code '\n'}, so finding the entries whose key
 * contains a query is one {@link String#indexOf} scan (vectorised by the JVM) instead of one call
 * per entry. An entry may have several keys (slots): its name, the name without spaces…
 *
 * <p>Ranks, best first: the key equals the query, starts with it, contains it at the start of
 * a word (« denis » in « l ile saint denis »), matches loosely (every word of the query starts
 * a word of the key, in any order; the start of a key without its spaces), or contains it
 * inside a word (« ville » in « deauville »). Ties: larger population first, then alphabetical
 * order. Immutable and thread-safe.
 */
final class NameIndex {
    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int CONTAINS = 2;
    static final int LOOSE = 3;
    static final int INSIDE = 4;
    private static final long POPULATION_CAP = (1L << 24) - 1;
    static final long LOW_BITS = 0xFFFF_FFFFL;

    private final String haystack;
    /** Start of each slot's key in {@link #haystack}; one more cell: the haystack's length. */
    private final int[] slotStart;
    private final int[] slotEntry;
    /** An alias slot (a key without its spaces) ranks as {@link #scan} says. */
    private final boolean[] slotAlias;
    /** A code index matches prefixes only. */
    private final boolean codes;
    /** Per entry: (inverse population << 32) | alphabetical rank — smaller sorts first. */
    private final long[] order;
    private final int[] entryByAlphabeticalRank;

    private NameIndex(Builder builder, long[] order, boolean codes) {
        this.haystack = builder.text.toString();
        this.slotStart = Arrays.copyOf(builder.starts, builder.size + 1);
        this.slotStart[builder.size] = haystack.length();
        this.slotEntry = Arrays.copyOf(builder.entries, builder.size);
        this.slotAlias = Arrays.copyOf(builder.aliases, builder.size);
        this.codes = codes;
        this.order = order;
        this.entryByAlphabeticalRank = new int[order.length];
        for (int entry = 0; entry < order.length; entry++) {
            entryByAlphabeticalRank[(int) (order[entry] & LOW_BITS)] = entry;
        }
    }

    /**
     * The tie-break of each entry: larger population first, then {@code names} in order (then
     * the entry's position, so every entry has its own rank). Entries already in name order —
     * the shipped files are — need no sort.
     */
    static long[] tieBreaks(long[] populations, String[] names) {
        int[] rankOf = inOrder(names) ? null : alphabeticalRanks(names);
        long[] order = new long[names.length];
        for (int entry = 0; entry < names.length; entry++) {
            long inverse = POPULATION_CAP - Math.clamp(populations[entry], 0, POPULATION_CAP);
            order[entry] = inverse << 32 | (rankOf == null ? entry : rankOf[entry]);
        }
        return order;
    }

    static boolean inOrder(String[] names) {
        for (int i = 1; i < names.length; i++) {
            if (names[i - 1].compareTo(names[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] alphabeticalRanks(String[] names) {
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        // The first rank of each name; equal names take the next ranks in entry order.
        Map<String, Integer> nextRank = HashMap.newHashMap(sorted.length);
        for (int rank = sorted.length - 1; rank >= 0; rank--) {
            nextRank.put(sorted[rank], rank);
        }
        int[] ranks = new int[names.length];
        for (int entry = 0; entry < names.length; entry++) {
            ranks[entry] = nextRank.merge(names[entry], 1, Integer::sum) - 1;
        }
        return ranks;
    }

    /**
     * The entries matching any of {@code queries} (or, loosely, any of {@code aliases} or all of
     * {@code words}), best first, at most {@code limit}; {@code accept} filters entries (e.g. by
     * département).
     */
    int[] search(List<String> queries, List<String> aliases, List<String> words, IntPredicate accept, int limit) {
        RankedMatches matches = new RankedMatches(order, accept);
        for (String query : queries) {
            if (query.isEmpty() || query.indexOf('\n') >= 0) {
                continue;
            }
            if (codes) {
                scanPrefixes(query, matches);
            } else {
                scan(query, false, matches);
            }
        }
        for (String alias : codes ? List.<String>of() : aliases) {
            if (!alias.isEmpty() && alias.indexOf('\n') < 0) {
                scan(alias, true, matches);
            }
        }
        if (!codes && words.size() >= 2) {
            scanWords(words, matches);
        }
        return matches.top(limit, entryByAlphabeticalRank);
    }

    /**
     * An alias query or slot (a text without its spaces) has lost its word boundaries: exact
     * stays exact, a prefix is loose, anything else is inside.
     */
    private void scan(String query, boolean alias, RankedMatches matches) {
        int p = haystack.indexOf(query, 1);
        while (p >= 0) {
            int slot = slotAt(p);
            int start = slotStart[slot];
            int end = slotStart[slot + 1] - 1;
            int rank;
            if (p == start) {
                rank = p + query.length() == end ? EXACT : PREFIX;
            } else {
                rank = INSIDE;
                for (; p >= 0 && p < end; p = haystack.indexOf(query, p + 1)) {
                    if (haystack.charAt(p - 1) == ' ') {
                        rank = CONTAINS;
                        break;
                    }
                }
            }
            if ((alias || slotAlias[slot]) && rank != EXACT) {
                rank = rank == PREFIX ? LOOSE : INSIDE;
            }
            matches.offer(slotEntry[slot], rank);
            p = p > end ? p : haystack.indexOf(query, end + 1);
        }
    }

    private void scanPrefixes(String query, RankedMatches matches) {
        String atStart = '\n' + query;
        int from = 0;
        int p;
        while ((p = haystack.indexOf(atStart, from)) >= 0) {
            int slot = slotAt(p + 1);
            int end = slotStart[slot + 1] - 1;
            matches.offer(slotEntry[slot], p + atStart.length() == end ? EXACT : PREFIX);
            from = end;
        }
    }

    /** Every word starts a word of one name slot, in any order: a loose match. */
    private void scanWords(List<String> words, RankedMatches matches) {
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        int from = 1;
        int p;
        while ((p = haystack.indexOf(longest, from)) >= 0) {
            char before = haystack.charAt(p - 1);
            int slot = slotAt(p);
            int end = slotStart[slot + 1] - 1;
            if (before != ' ' && before != '\n') {
                from = p + 1;
                continue;
            }
            if (!slotAlias[slot] && words.stream().allMatch(w -> startsAWord(w, slotStart[slot], end))) {
                matches.offer(slotEntry[slot], LOOSE);
            }
            from = end + 1;
        }
    }

    private boolean startsAWord(String word, int start, int end) {
        for (int p = start; p + word.length() <= end; p++) {
            char before = haystack.charAt(p - 1);
            if ((before == ' ' || before == '\n') && haystack.startsWith(word, p)) {
                return true;
            }
        }
        return false;
    }

    /** The slot whose key contains the haystack position {@code p}. */
    private int slotAt(int p) {
        int found = Arrays.binarySearch(slotStart, 0, slotStart.length - 1, p);
        return found >= 0 ? found : -found - 2;
    }

    /** Collects the keys of the entries, in any order. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder(1 << 16).append('\n');
        private int[] starts = new int[1024];
        private int[] entries = new int[1024];
        private boolean[] aliases = new boolean[1024];
        private int size;

        /** Adds a key of {@code entry}; empty keys and keys with a line break are ignored. */
        Builder add(int entry, String key, boolean alias) {
            if (key.isEmpty() || key.indexOf('\n') >= 0) {
                return this;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                entries = Arrays.copyOf(entries, size * 2);
                aliases = Arrays.copyOf(aliases, size * 2);
            }
            starts[size] = text.length();
            entries[size] = entry;
            aliases[size] = alias;
            size++;
            text.append(key).append('\n');
            return this;
        }

        /** Adds a name key and, if it has spaces, the same without them as an alias. */
        Builder addName(int entry, String key) {
            add(entry, key, false);
            String compact = SearchKeys.compact(key);
            return compact.equals(key) ? this : add(entry, compact, true);
        }

        NameIndex build(long[] order) {
            return new NameIndex(this, order, false);
        }

        /** An index of codes: prefix matches only. */
        NameIndex buildCodes(long[] order) {
            return new NameIndex(this, order, true);
        }
    }
}
