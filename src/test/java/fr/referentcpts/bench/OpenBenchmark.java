package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.io.logging.LogFileConfigurator;
import fr.referentcpts.persistence.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening a data folder as a cold command does: each round is a fresh JVM that opens a copy of
 * {@code DATA_DIR} (e.g. the 1 000 case files of {@code target/jpackage/bench-data-1000}), either
 * the database alone ({@link Database#open}, one query, close) or the whole composition root
 * ({@link AppContext#open}, the case list, close), and prints the time of each step; the parent
 * prints their medians. Not a test: run it with {@code mvn -B test-compile exec:exec@bench
 * -Dbench=OpenBenchmark -Dbench.args="DATA_DIR [ROUNDS]"}.
 */
public final class OpenBenchmark {
    private static final String CHILD = "--child";

    private OpenBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals(CHILD)) {
            child(args[1], Path.of(args[2]));
            return;
        }
        Path source = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("open-bench");
        try {
            for (String mode : List.of("database", "context")) {
                List<long[]> figures = new ArrayList<>();
                String[] names = null;
                for (int i = 0; i < rounds; i++) {
                    Path copy = work.resolve(mode + i);
                    BenchSupport.copyTree(source, copy);
                    List<String> lines = runChild(mode, copy);
                    names = lines.get(0).split(";");
                    String[] values = lines.get(1).split(";");
                    long[] row = new long[values.length];
                    for (int k = 0; k < values.length; k++) {
                        row[k] = Long.parseLong(values[k]);
                    }
                    figures.add(row);
                    BenchSupport.deleteTree(copy);
                }
                StringBuilder line = new StringBuilder("OpenBenchmark " + mode + " (médiane de " + rounds + ") :");
                for (int k = 0; k < names.length; k++) {
                    long[] column = new long[rounds];
                    for (int i = 0; i < rounds; i++) {
                        column[i] = figures.get(i)[k] * 1_000_000;
                    }
                    line.append(String.format(" %s %.0f ms ;", names[k], BenchSupport.medianMillis(column)));
                }
                System.out.println(line);
            }
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private static List<String> runChild(String mode, Path copy) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-D" + LogFileConfigurator.DIRECTORY_PROPERTY + "=" + copy.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                OpenBenchmark.class.getName(), CHILD, mode, copy.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines()
                .filter(l -> l.startsWith("#")).map(l -> l.substring(1)).toList();
        if (process.waitFor() != 0 || lines.size() != 2) {
            throw new IllegalStateException("Mesure échouée (" + mode + ") : " + lines);
        }
        return lines;
    }

    /** One cold opening: prints the steps' names, then their times in milliseconds. */
    private static void child(String mode, Path dataDir) {
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        long opened;
        long used;
        if (mode.equals("database")) {
            Database database = Database.open(dataDir, Clock.systemDefaultZone());
            opened = System.nanoTime();
            database.dsl().fetchCount(database.dsl().selectOne());
            used = System.nanoTime();
            database.close();
        } else {
            AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone());
            opened = System.nanoTime();
            context.caseFiles().list();
            used = System.nanoTime();
            context.close();
        }
        long closed = System.nanoTime();
        System.out.println("#jvm;open;" + (mode.equals("database") ? "query" : "list") + ";close;total");
        System.out.println("#" + jvm + ";" + (opened - start) / 1_000_000 + ";" + (used - opened) / 1_000_000 + ";"
                + (closed - used) / 1_000_000 + ";" + (jvm + (closed - start) / 1_000_000));
    }
}
