package fr.referentcpts.bench;

import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.io.geo.CommuneFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * The commune referential's figures: cold load time (the first load in a fresh JVM, measured
 * in five child JVMs), heap it takes, warm search times. A figure printed, not a timed test:
 * the machine's load would make a threshold flaky.
 * {@code mvn -B test-compile exec:exec@bench -Dbench=CommuneReferentialBenchmark}
 */
public final class CommuneReferentialBenchmark {
    private static final String COLD_ONCE = "--cold-once";
    private static final int COLD_RUNS = 5;
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

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals(COLD_ONCE)) {
            coldOnce();
            return;
        }
        coldLoads();

        long heapBefore = usedHeapAfterGc();
        CommuneReferential referential = CommuneFiles.load();
        long heapAfter = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "heap used by the referential: ~%.1f MB (%d communes, %d EPCI)%n",
                (heapAfter - heapBefore) / 1e6, referential.communes().size(), referential.epcis().size());
        long[] reloads = new long[10];
        for (int i = 0; i < reloads.length; i++) {
            long start = System.nanoTime();
            CommuneFiles.load();
            reloads[i] = System.nanoTime() - start;
        }
        Arrays.sort(reloads);
        System.out.printf(Locale.ROOT, "warm reload (11th load in this JVM): median %.0f ms%n",
                reloads[reloads.length / 2] / 1e6);

        List<String> queries = queries(referential);
        for (int warm = 0; warm < 20; warm++) {
            queries.forEach(q -> referential.search(q, 20));
            Arrays.stream(TYPED_EPCI).forEach(q -> referential.searchEpci(q, 20));
        }
        report("commune search (limit 20), " + queries.size() + " texts typed", queries,
                q -> referential.search(q, 20).size());
        report("commune search, 1 to 3 letters", List.of("e", "a", "sa", "la", "st", "mon", "ber"),
                q -> referential.search(q, 20).size());
        report("EPCI search (limit 20)", Arrays.asList(TYPED_EPCI), q -> referential.searchEpci(q, 20).size());
    }

    /** The first load in fresh JVMs: what the application pays once at start-up. */
    private static void coldLoads() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        double[] wall = new double[COLD_RUNS];
        double[] cpu = new double[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    CommuneReferentialBenchmark.class.getName(), COLD_ONCE).redirectErrorStream(true).start();
            String[] figures = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
            child.waitFor();
            wall[run] = Double.parseDouble(figures[0]);
            cpu[run] = Double.parseDouble(figures[1]);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "cold load (first in a fresh JVM, %d JVMs): median %.0f ms wall (min %.0f, "
                + "max %.0f); loading thread CPU median %.0f ms%n", COLD_RUNS, wall[COLD_RUNS / 2], wall[0],
                wall[COLD_RUNS - 1], cpu[COLD_RUNS / 2]);
    }

    private static void coldOnce() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CommuneFiles.load();
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "%.1f %.1f%n", wall / 1e6, cpu / 1e6);
    }

    /** The typed texts, plus every other prefix of 60 real names (what type-ahead sends). */
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
        System.out.printf(Locale.ROOT, "%s: %d searches, median %.3f ms, p95 %.3f ms, max %.3f ms (%d results)%n",
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
