package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.persistence.ServerSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * « Synchroniser » against a real PostgreSQL (embedded, over loopback): the first synchronisation of
 * N generated case files from one laptop, a synchronisation with one case changed, the first
 * synchronisation of an empty laptop (the N cases received), then K laptops
 * (each its own data folder) synchronising at once — each with cases of its own and an edit of a
 * shared case (a person of its own added) — with a check that no update is lost: every edit ends on
 * the server, each case's revision equals the number of accepted sends, the concurrent edits of a
 * case are conflicts reported (the laptop's version kept), then merged and sent. Not a test: run it
 * with {@code mvn -B test-compile exec:exec@bench -Dbench=SyncBenchmark [-Dbench.args="N K"]}
 * (1 000 case files and 20 laptops by default).
 */
public final class SyncBenchmark {
    private static final int ONE_CHANGE_RUNS = 11;
    private static final int SHARED = 5;
    private static final int OWN = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int laptops = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folders = Files.createTempDirectory("sync-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            System.out.printf("SyncBenchmark : PostgreSQL embarqué sur le port %d, charge %s%n", postgres.getPort(),
                    load());
            firstSyncThenOneChange(postgres, folders, count);
            manyLaptops(postgres, folders, laptops);
        } finally {
            BenchSupport.deleteTree(folders);
        }
        System.exit(0);
    }

    private static void firstSyncThenOneChange(EmbeddedPostgres postgres, Path folders, int count) throws Exception {
        ServerAddress server = cellule(postgres, "cellule_premiere");
        try (AppContext laptop = laptop(folders.resolve("premier"))) {
            long generation = System.nanoTime();
            laptop.demoGenerator().generate(count, 2026, done -> { });
            System.out.printf("%d dossiers générés en %.1f s (charge %s)%n", count,
                    (System.nanoTime() - generation) / 1e9, load());
            SyncService sync = sync(laptop, server);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            SyncReport first = sync.sync();
            long wall = System.nanoTime() - start;
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            System.out.printf("Première synchronisation : %d dossiers envoyés en %.1f s, soit %.1f ms par dossier "
                    + "(%.1f s de CPU du fil, le reste côté PostgreSQL ou en attente) — objectif ≤ 10 s ; charge %s%n",
                    first.sent(), wall / 1e9, wall / 1e6 / count, cpu / 1e9, load());

            List<CaseFile> cases = laptop.caseFiles().list();
            long[] nanos = new long[ONE_CHANGE_RUNS];
            long[] cpus = new long[ONE_CHANGE_RUNS];
            for (int i = 0; i < ONE_CHANGE_RUNS; i++) {
                CaseFile c = laptop.caseFiles().get(cases.get(i * 37 % cases.size()).id());
                laptop.caseFiles().updateIdentity(c.id(), c.version(),
                        new CaseIdentity(c.name(), c.departement(), c.referent(), c.notes() + " (modifié " + i + ")"));
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long runStart = System.nanoTime();
                SyncReport one = sync.sync();
                nanos[i] = System.nanoTime() - runStart;
                cpus[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                if (one.sent() != 1 || one.unchanged() != count - 1) {
                    throw new IllegalStateException("synchronisation inattendue : " + one);
                }
            }
            System.out.printf("Synchronisation avec un dossier modifié (%d passages, %d dossiers) : médiane %.0f ms, "
                    + "pire %.0f ms, médiane %.0f ms de CPU du fil — objectif ≤ 200 ms ; charge %s%n", ONE_CHANGE_RUNS,
                    count, BenchSupport.medianMillis(nanos), java.util.Arrays.stream(nanos).max().orElse(0) / 1e6,
                    BenchSupport.medianMillis(cpus), load());
        }
        try (AppContext empty = laptop(folders.resolve("vide"))) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            SyncReport first = sync(empty, server).sync();
            long wall = System.nanoTime() - start;
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            if (first.received() != count) {
                throw new IllegalStateException("réception inattendue : " + first);
            }
            System.out.printf("Première synchronisation d'un poste vide : %d dossiers reçus en %.1f s (%.1f s de CPU "
                    + "du fil) ; charge %s%n", first.received(), wall / 1e9, cpu / 1e9, load());
        }
    }

    /**
     * K laptops at once: a seeding laptop sends the shared cases, every laptop receives them, then
     * each creates cases of its own and adds a person of its own to one shared case, and all
     * synchronise at the same moment; the laptops told of a conflict merge (the server's version
     * plus their person) and send again, at once, until none is left.
     */
    private static void manyLaptops(EmbeddedPostgres postgres, Path folders, int k) throws Exception {
        ServerAddress server = cellule(postgres, "cellule_postes");
        DataSource base = postgres.getDatabase("postgres", "cellule_postes");
        List<AppContext> laptops = new ArrayList<>();
        List<SyncService> syncs = new ArrayList<>();
        List<UUID> shared = new ArrayList<>();
        try (AppContext seed = laptop(folders.resolve("graine"))) {
            for (int s = 0; s < SHARED; s++) {
                shared.add(seed.caseFiles().create(new CaseIdentity("Partagé " + s, "59", "", "")).id());
            }
            sync(seed, server).sync();
        }
        int accepted = SHARED;
        ExecutorService pool = Executors.newFixedThreadPool(k);
        try {
            for (int i = 0; i < k; i++) {
                AppContext laptop = laptop(folders.resolve("poste" + i));
                laptops.add(laptop);
                syncs.add(sync(laptop, server));
            }
            long setup = System.nanoTime();
            atOnce(pool, k, i -> syncs.get(i).sync());
            System.out.printf("%d postes : réception des %d dossiers partagés, tous à la fois, en %.1f s%n", k, SHARED,
                    (System.nanoTime() - setup) / 1e9);
            Map<UUID, Integer> editors = new HashMap<>();
            for (int i = 0; i < k; i++) {
                AppContext laptop = laptops.get(i);
                for (int o = 0; o < OWN; o++) {
                    laptop.caseFiles().create(new CaseIdentity("Poste " + i + " dossier " + o, "13", "", ""));
                }
                UUID edited = shared.get(i % SHARED);
                laptop.people().save(person(edited, i));
                editors.merge(edited, 1, Integer::sum);
            }

            long start = System.nanoTime();
            List<SyncReport> round = atOnce(pool, k, i -> syncs.get(i).sync());
            long wall = System.nanoTime() - start;
            int conflicts = round.stream().mapToInt(r -> r.conflicts().size()).sum();
            int sent = round.stream().mapToInt(SyncReport::sent).sum();
            accepted += sent;
            boolean kept = true;
            for (int i = 0; i < k; i++) {
                String mine = name(i);
                kept &= laptops.get(i).people().people(shared.get(i % SHARED)).stream()
                        .anyMatch(p -> p.name().equals(mine));
            }
            System.out.printf("%d postes synchronisant en même temps (%d fils) : %.1f s ; %d dossiers envoyés, "
                    + "%d reçus, %d conflits signalés (modification locale gardée : %s) ; charge %s%n", k, k, wall / 1e9,
                    sent, round.stream().mapToInt(SyncReport::received).sum(), conflicts, kept ? "oui" : "non", load());

            long merging = System.nanoTime();
            int rounds = 0;
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (!round.get(i).conflicts().isEmpty()) {
                    pending.add(i);
                }
            }
            while (!pending.isEmpty() && rounds < 3 * k) {
                rounds++;
                List<Integer> now = List.copyOf(pending);
                List<SyncReport> resolved = atOnce(pool, now.size(), j -> merge(syncs.get(now.get(j)),
                        laptops.get(now.get(j)), shared.get(now.get(j) % SHARED), now.get(j)));
                pending.clear();
                for (int j = 0; j < now.size(); j++) {
                    accepted += resolved.get(j).sent();
                    if (!resolved.get(j).conflicts().isEmpty()) {
                        pending.add(now.get(j));
                    }
                }
            }
            System.out.printf("Conflits fusionnés (le serveur plus la personne du poste) et renvoyés, en même temps : "
                    + "%d tours, %.1f s%n", rounds, (System.nanoTime() - merging) / 1e9);

            boolean allEdits = true;
            boolean revisions = true;
            for (int i = 0; i < k; i++) {
                allEdits &= count(base, "SELECT count(*) FROM person WHERE name = '" + name(i) + "' AND case_id = '"
                        + shared.get(i % SHARED) + "'") == 1;
                allEdits &= count(base, "SELECT count(*) FROM case_file WHERE name LIKE 'Poste " + i + " dossier %'")
                        == OWN;
            }
            for (UUID id : shared) {
                revisions &= count(base, "SELECT revision FROM case_revision WHERE case_id = '" + id + "'")
                        == 1 + editors.getOrDefault(id, 0);
            }
            long total = count(base, "SELECT sum(revision) FROM case_revision");
            revisions &= total == accepted;
            System.out.printf("Aucune mise à jour perdue : %s (modification de chaque poste sur le serveur : %s ; "
                    + "révisions = envois acceptés : %s, %d = %d ; conflits signalés sans écraser : %s)%n",
                    allEdits && revisions && kept && pending.isEmpty() ? "oui" : "non", allEdits ? "oui" : "non",
                    revisions ? "oui" : "non", total, accepted, kept ? "oui" : "non");
        } finally {
            pool.shutdownNow();
            for (AppContext laptop : laptops) {
                laptop.close();
            }
        }
    }

    /** The server's version of the case, plus this laptop's person, sent as the conflict's resolution. */
    private static SyncReport merge(SyncService sync, AppContext laptop, UUID caseId, int i) {
        CaseBundle theirs = sync.serverVersion(caseId);
        List<Person> people = new ArrayList<>(theirs.people());
        laptop.people().people(caseId).stream().filter(p -> p.name().equals(name(i))).forEach(people::add);
        return sync.resolve(caseId, new CaseBundle(theirs.caseFile(), theirs.territory(), people, theirs.missions(),
                theirs.documents(), theirs.workflow(), theirs.annexes()));
    }

    private interface Work {
        SyncReport run(int i) throws Exception;
    }

    /** Runs {@code n} works on {@code n} threads released at the same moment; their results in order. */
    private static List<SyncReport> atOnce(ExecutorService pool, int n, Work work) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SyncReport>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<SyncReport> task = () -> {
                ready.countDown();
                go.await();
                return work.run(index);
            };
            futures.add(pool.submit(task));
        }
        ready.await();
        go.countDown();
        List<SyncReport> reports = new ArrayList<>();
        for (Future<SyncReport> f : futures) {
            reports.add(f.get());
        }
        return reports;
    }

    private static String name(int laptop) {
        return "Référent du poste " + laptop;
    }

    private static Person person(UUID caseId, int laptop) {
        return new Person(UUID.randomUUID(), caseId, PersonKind.OTHER, null, name(laptop), "", "", Set.of(), "", "", "",
                "", null, "");
    }

    private static ServerAddress cellule(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        ServerSchema.migrate(postgres.getDatabase("postgres", name));
        return new ServerAddress("postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres");
    }

    private static AppContext laptop(Path dataDir) {
        return AppContext.open(dataDir, Clock.system(ZoneId.of("Europe/Paris")));
    }

    private static SyncService sync(AppContext laptop, ServerAddress server) {
        return CelluleSync.service(laptop, server, () -> null);
    }

    private static long count(DataSource base, String sql) throws Exception {
        try (Connection c = base.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    /** The machine's load (1, 5 and 15 minutes), as {@code uptime} gives it. */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "inconnue";
        }
    }
}
