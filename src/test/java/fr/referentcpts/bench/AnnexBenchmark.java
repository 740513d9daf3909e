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
 * loading, font parsing, JIT) and the warm times (median and worst of 30), split between the
 * report (database reads and funding) and the PDF layout. Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=AnnexBenchmark}.
 */
public final class AnnexBenchmark {
    private static final int WARM_RUNS = 30;

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
            System.out.printf("À chaud (%d générations) : médiane %.1f ms (rapport %.1f ms + mise en page %.1f ms), "
                    + "pire %.1f ms%n", WARM_RUNS, BenchSupport.medianMillis(total), BenchSupport.medianMillis(report),
                    BenchSupport.medianMillis(layout), max(total));
            System.out.printf("Temps CPU du fil à chaud (moins sensible à la charge de la machine) : médiane %.1f ms%n",
                    BenchSupport.medianMillis(cpu));
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
