package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexReport;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Generates the contract annexes of a case with 40 communes, four missions, actions and indicators
 * on a temporary data folder, and prints the cold time (first generation in this JVM: class
 * loading, font parsing, JIT) and the warm times, split between the report (database reads and
 * funding) and the PDF layout: the first 30 generations after the cold one (the JIT still compiling:
 * a referent's first annexes of the day) and the last 30 of 300 (compiled: the steady state). Not a
 * test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=AnnexBenchmark}.
 */
public final class AnnexBenchmark {
    private static final int WARM_RUNS = 300;
    private static final int WINDOW = 30;

    private AnnexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Files.createTempDirectory("annex-bench");
        try (AppContext context = TestData.open(dataDir)) {
            CaseFile caseFile = AnnexFixtures.caseWithContent(context, 40);
            AnnexService annexes = context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()));
            LocalDate today = LocalDate.of(2026, 11, 22);

            long coldStart = System.nanoTime();
            GeneratedAnnex cold = annexes.generate(caseFile.id(), false);
            long coldNanos = System.nanoTime() - coldStart;

            long[] total = new long[WARM_RUNS];
            long[] report = new long[WARM_RUNS];
            long[] layout = new long[WARM_RUNS];
            long[] cpu = new long[WARM_RUNS];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < WARM_RUNS; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                AnnexReport built = annexes.report(caseFile.id(), false, today);
                long built1 = System.nanoTime();
                annexes.render(built);
                long end = System.nanoTime();
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                report[i] = built1 - start;
                layout[i] = end - built1;
                total[i] = end - start;
            }
            System.out.printf("AnnexBenchmark : %d communes, %d pages, %d octets, %d versements au calendrier%n",
                    cold.report().territory().communes().size(), cold.pageCount(), cold.content().length,
                    cold.report().finance().payments().size());
            System.out.printf("À froid (1re génération, enregistrement compris) : %.0f ms%n", coldNanos / 1e6);
            System.out.printf("À chaud, %d premières générations (compilation à la volée en cours) : %s%n", WINDOW,
                    window(total, report, layout, cpu, 0));
            System.out.printf("À chaud, %d dernières des %d générations (code compilé) : %s%n", WINDOW, WARM_RUNS,
                    window(total, report, layout, cpu, WARM_RUNS - WINDOW));
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    /** Medians of the {@link #WINDOW} runs from {@code from}: total, report, layout, worst, thread CPU. */
    private static String window(long[] total, long[] report, long[] layout, long[] cpu, int from) {
        int to = from + WINDOW;
        return String.format("médiane %.1f ms (rapport %.1f ms + mise en page %.1f ms), pire %.1f ms ; "
                + "temps CPU du fil médiane %.1f ms", BenchSupport.medianMillis(Arrays.copyOfRange(total, from, to)),
                BenchSupport.medianMillis(Arrays.copyOfRange(report, from, to)),
                BenchSupport.medianMillis(Arrays.copyOfRange(layout, from, to)),
                Arrays.stream(total, from, to).max().orElse(0) / 1e6,
                BenchSupport.medianMillis(Arrays.copyOfRange(cpu, from, to)));
    }
}
