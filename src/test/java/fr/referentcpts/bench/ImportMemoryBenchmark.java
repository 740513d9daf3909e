package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.exchange.CptsArchive;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak memory of importing hostile {@code .cpts} files and a large generated
 * portfolio. Each import runs in a JVM of its own limited to {@value #HEAP} of heap: an import
 * that needed more would end in « mémoire épuisée ». Printed per file: its size, what the import
 * did, the most heap still in use after a garbage collection (what the import really held at
 * once) and the process's peak resident memory (VmHWM: the whole JVM, its code and H2's cache). Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=ImportMemoryBenchmark [-Dbench.args=COUNT]}
 * (COUNT generated case files for the last line, 300 by default; {@code -Dbench.heap=200m} on the
 * benchmark's own JVM sets another heap for the imports).
 */
public final class ImportMemoryBenchmark {
    private static final String HEAP = System.getProperty("bench.heap", "300m");

    private ImportMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path work = Files.createTempDirectory("import-memory-bench");
        try {
            List<String[]> files = new ArrayList<>();
            files.add(file(work, "bombe : 40 éléments de 50 Mo que rien ne cite", p ->
                    HostileCpts.unreferencedEntries(p, 40, 50)));
            files.add(file(work, "champ inconnu de 250 Mo", p -> HostileCpts.hugeUnknownField(p, 250)));
            files.add(file(work, "16 dossiers de 15 000 entrées d’historique (≈ 60 Mo de JSON)", p ->
                    HostileCpts.manySmallRecords(p, 16, 15_000)));
            files.add(file(work, "4 documents de 50 Mo (importés)", p -> HostileCpts.largeDocuments(p, 4, 50)));
            files.add(file(work, count + " dossiers générés avec tout leur parcours (importés)", p -> generated(p,
                    work.resolve("generated"), count)));
            System.out.printf("ImportMemoryBenchmark : chaque import dans une JVM à -Xmx%s%n", HEAP);
            System.out.printf("%-62s %9s  %9s  %9s  %7s  %s%n", "fichier", "taille", "tas vivant", "RSS max", "durée",
                    "résultat");
            for (String[] f : files) {
                Path file = Path.of(f[1]);
                String[] result = run(file, Files.createTempDirectory(work, "data"));
                System.out.printf("%-62s %6.1f Mo  %6s Mo  %6s Mo  %5s s  %s%n", f[0], Files.size(file) / 1048576.0,
                        result[0], result[1], result[2], result[3]);
            }
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static String[] file(Path work, String label, Writer writer) throws IOException {
        Path file = work.resolve("f" + Integer.toHexString(label.hashCode()) + ".cpts");
        writer.write(file);
        return new String[] {label, file.toString()};
    }

    private static void generated(Path file, Path dataDir, int count) {
        try (AppContext context = TestData.open(dataDir)) {
            context.demoGenerator().generate(count, 42, done -> { });
            CptsArchive.write(context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id)
                    .toList()), file, "bench");
        }
    }

    /** Runs the import in a JVM of its own; its last line: heap peak, RSS peak, seconds, result. */
    private static String[] run(Path file, Path dataDir) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                ImportMemoryBenchmark.class.getName(), "--child", file.toString(), dataDir.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        process.waitFor();
        String last = lines.isEmpty() ? "" : lines.getLast();
        String[] parts = last.split("\t");
        return parts.length == 4 ? parts : new String[] {"?", "?", "?", "code " + process.exitValue() + " : " + last};
    }

    private static void child(Path file, Path dataDir) {
        AtomicLong live = new AtomicLong();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(pool -> heapPools.add(pool.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    live.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        long start = System.nanoTime();
        String result;
        try (AppContext context = AppContext.open(dataDir, java.time.Clock.systemDefaultZone())) {
            List<CaseImport> plan = context.exchange().plan(CptsArchive.read(file));
            context.exchange().apply(plan, true);
            result = "importé : " + plan.size() + " dossier(s)";
        } catch (DomainException e) {
            result = "refusé : " + new Messages().get(e);
        } catch (OutOfMemoryError e) {
            result = "MÉMOIRE ÉPUISÉE";
        }
        System.out.printf("%d\t%s\t%.1f\t%s%n", live.get() / 1048576, rssPeakMb(), (System.nanoTime() - start) / 1e9,
                result);
    }

    private static String rssPeakMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
