package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.io.exchange.CptsArchive;
import fr.referentcpts.testing.TestData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The crash campaign: N trials, each a JVM doing writes ({@code cases new} in a loop,
 * an import of 40 case files, {@code demo generate}) killed by SIGKILL at a random moment; then
 * the data folder must open (never refused as damaged), every acknowledged case must be there,
 * and an import must be all or nothing. The folders are kept from one trial to the next (a crash
 * after a crash). Not a test (it takes minutes): run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=CrashCampaign [-Dbench.args="N SEED"]}.
 */
public final class CrashCampaign {
    private static final int IMPORTED = 40;
    private static int acknowledgedChecked;
    private static int importsWhole;
    private static int importsNone;

    private CrashCampaign() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 13);
        Path work = Files.createTempDirectory("crash-campaign");
        Path source = work.resolve("source");
        Path file = work.resolve("quarante.cpts");
        try (AppContext context = TestData.open(source)) {
            for (int i = 0; i < IMPORTED; i++) {
                context.caseFiles().create(new CaseIdentity("CPTS importée " + i, "50", "", ""));
            }
            CptsArchive.write(context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id)
                    .toList()), file, "crash");
        }
        int[] failures = new int[3];
        int[] runs = new int[3];
        List<String> problems = new ArrayList<>();
        try {
            for (int trial = 0; trial < trials; trial++) {
                int mode = trial % 3;
                runs[mode]++;
                long delay = 300 + random.nextInt(3500);
                String problem = switch (mode) {
                    case 0 -> create(work.resolve("create"), trial, delay);
                    case 1 -> importAll(work.resolve("import-" + trial), file, delay);
                    default -> generate(work.resolve("generate"), delay);
                };
                if (problem != null) {
                    failures[mode]++;
                    problems.add("essai " + trial + " : " + problem);
                }
                System.out.printf("essai %d/%d (%s, tué après %d ms) : %s%n", trial + 1, trials,
                        List.of("cases new", "import", "demo generate").get(mode), delay, problem == null ? "ok" : problem);
            }
        } finally {
            BenchSupport.deleteTree(work);
        }
        System.out.printf("CrashCampaign : %d essais — cases new %d (échecs %d), import %d (échecs %d), "
                + "demo generate %d (échecs %d)%n", trials, runs[0], failures[0], runs[1], failures[1], runs[2],
                failures[2]);
        System.out.printf("%d dossiers acquittés vérifiés ; imports : %d entiers, %d sans effet, aucun partiel attendu%n",
                acknowledgedChecked, importsWhole, importsNone);
        problems.forEach(System.out::println);
    }

    /** Every case acknowledged before the kill is there. */
    private static String create(Path dataDir, int trial, long delay) throws Exception {
        List<String> acknowledged = killAfter(delay, "create", dataDir.toString(), "CPTS essai " + trial);
        Set<String> names = new HashSet<>();
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().list().forEach(c -> names.add(c.name()));
        } catch (RuntimeException e) {
            return "le dossier ne s’ouvre plus : " + e.getMessage();
        }
        List<String> ok = acknowledged.stream().filter(l -> l.startsWith("ok ")).map(l -> l.substring(3)).toList();
        acknowledgedChecked += ok.size();
        long lost = ok.stream().filter(n -> !names.contains(n)).count();
        return lost == 0 ? null : lost + " dossier(s) acquitté(s) perdu(s)";
    }

    /** The import wrote all of the file's cases or none, and all if it said so. */
    private static String importAll(Path dataDir, Path file, long delay) throws Exception {
        List<String> said = killAfter(delay, "import", dataDir.toString(), file.toString());
        int count;
        try (AppContext context = TestData.open(dataDir)) {
            count = (int) context.caseFiles().list().stream().filter(c -> c.name().startsWith("CPTS importée")).count();
        } catch (RuntimeException e) {
            return "le dossier ne s’ouvre plus : " + e.getMessage();
        }
        if (count == 0) {
            importsNone++;
        } else if (count == IMPORTED) {
            importsWhole++;
        }
        if (count != 0 && count != IMPORTED) {
            return "import partiel : " + count + " dossier(s) sur " + IMPORTED;
        }
        return said.contains("imported " + IMPORTED) && count != IMPORTED ? "import acquitté perdu" : null;
    }

    /** The folder opens and lists its case files after a kill in the middle of a generation. */
    private static String generate(Path dataDir, long delay) throws Exception {
        killAfter(delay, "generate", dataDir.toString(), "300");
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().list();
            context.workflow().snapshots();
            return null;
        } catch (RuntimeException e) {
            return "le dossier ne s’ouvre plus : " + e.getMessage();
        }
    }

    /** Runs the workload, kills it (SIGKILL) {@code delay} ms after it opened the folder; its output lines. */
    private static List<String> killAfter(long delay, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx300m", "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The process was killed: what it said so far is kept.
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (lines) {
                if (lines.contains("open")) {
                    break;
                }
            }
            Thread.sleep(10);
        }
        Thread.sleep(delay);
        process.destroyForcibly().waitFor();
        reader.join();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
