package fr.referentcpts.bench;

import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.io.geo.CommuneFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * The commune referential's figures: cold load time, heap it takes, warm search times.
 * {@code mvn -B test-compile exec:exec@bench -Dbench=CommuneReferentialBenchmark}
 * (a figure printed, not a timed test: the machine's load would make a threshold flaky).
 */
public final class CommuneReferentialBenchmark {
    private static final String[] TYPED = {
        "saint denis", "st denis", "sainte mere eglise", "paris", "mars", "lyon", "caen", "vire",
        "falaise", "le havre", "saint", "st", "ville", "sur mer", "la", "e", "denis saint", "lhay",
        "14000", "14", "2A004", "2b", "97411", "75", "bourg", "font", "mont", "aix", "belle", "neuf",
    };
    private static final String[] TYPED_EPCI = {
        "cc", "ca", "pays de falaise", "communaute de communes du pays de falaise", "metropole",
        "grand paris", "cc du bocage", "normandie", "200066710", "val",
    };

    private CommuneReferentialBenchmark() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeapAfterGc();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CommuneReferential referential = CommuneFiles.load();
        long loadNanos = System.nanoTime() - start;
        long loadCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        long heapAfter = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "cold load (first in this JVM): %.0f ms wall, %.0f ms CPU of the loading thread"
                + " (%d communes, %d EPCI)%n", loadNanos / 1e6, loadCpuNanos / 1e6,
                referential.communes().size(), referential.epcis().size());
        System.out.printf(Locale.ROOT, "heap used by the referential: ~%.1f MB%n", (heapAfter - heapBefore) / 1e6);
        long[] reloads = new long[10];
        for (int i = 0; i < reloads.length; i++) {
            start = System.nanoTime();
            CommuneFiles.load();
            reloads[i] = System.nanoTime() - start;
        }
        Arrays.sort(reloads);
        System.out.printf(Locale.ROOT, "warm reload: median %.0f ms%n", reloads[reloads.length / 2] / 1e6);

        List<String> queries = queries(referential);
        for (int warm = 0; warm < 20; warm++) {
            queries.forEach(q -> referential.search(q, 20));
            Arrays.stream(TYPED_EPCI).forEach(q -> referential.searchEpci(q, 20));
        }
        report("commune search (limit 20), " + queries.size() + " texts typed", queries,
                q -> referential.search(q, 20).size());
        report("commune search, 1-3 letters", List.of("e", "a", "sa", "la", "st", "mon", "ber"),
                q -> referential.search(q, 20).size());
        report("EPCI search (limit 20)", Arrays.asList(TYPED_EPCI), q -> referential.searchEpci(q, 20).size());
    }

    /** The typed texts, plus every prefix of a few hundred real names (what type-ahead sends). */
    private static List<String> queries(CommuneReferential referential) {
        List<String> queries = new ArrayList<>(Arrays.asList(TYPED));
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            String name = referential.communes().get(random.nextInt(referential.communes().size())).name();
            for (int end = 2; end <= name.length(); end += 2) {
                queries.add(name.substring(0, end));
            }
        }
        for (Epci epci : referential.epcis().subList(0, 5)) {
            queries.add(epci.memberCodes().getFirst());
        }
        return queries;
    }

    private static void report(String what, List<String> queries, ToIntFunction<String> search) {
        long[] nanos = new long[queries.size() * 5];
        int found = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                found += search.applyAsInt(queries.get(i));
                nanos[round * queries.size() + i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d queries, median %.3f ms, p95 %.3f ms, max %.3f ms (%d results)%n",
                what, nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[nanos.length - 1] / 1e6, found);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
