package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.agenda.PortfolioOverview;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The home screen's figures on a generated portfolio ({@code demo generate}, every case file with
 * its whole workflow): the time to read every case file (snapshots) and to compute the overview
 * (pipeline, population covered, deadlines of every case), cold then warm. Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=AgendaBenchmark [-Dbench.args=COUNT]}
 * (1 000 case files by default).
 */
public final class AgendaBenchmark {
    private static final int WARM_RUNS = 5;

    private AgendaBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dataDir = Files.createTempDirectory("agenda-bench");
        try (AppContext context = TestData.open(dataDir)) {
            long generation = System.nanoTime();
            context.demoGenerator().generate(count, 2026, done -> { });
            System.out.printf("AgendaBenchmark : %d dossiers générés en %.1f s%n", count,
                    (System.nanoTime() - generation) / 1e9);

            long coldStart = System.nanoTime();
            PortfolioOverview cold = context.agenda().overview();
            System.out.printf("Accueil à froid : %.0f ms (%d échéances)%n", (System.nanoTime() - coldStart) / 1e6,
                    cold.deadlines().size());
            long[] snapshots = new long[WARM_RUNS];
            long[] overview = new long[WARM_RUNS];
            for (int i = 0; i < WARM_RUNS; i++) {
                long start = System.nanoTime();
                List<CaseSnapshot> read = context.workflow().snapshots();
                long between = System.nanoTime();
                context.agenda().overview();
                long end = System.nanoTime();
                snapshots[i] = between - start;
                overview[i] = end - between;
                if (read.size() != count) {
                    throw new IllegalStateException(read.size() + " dossiers lus");
                }
            }
            System.out.printf("À chaud (%d passages) : lecture de tous les dossiers médiane %.0f ms ; "
                    + "accueil complet (lecture comprise) médiane %.0f ms, soit %.2f ms par dossier%n", WARM_RUNS,
                    BenchSupport.medianMillis(snapshots), BenchSupport.medianMillis(overview),
                    BenchSupport.medianMillis(overview) / count);
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }
}
