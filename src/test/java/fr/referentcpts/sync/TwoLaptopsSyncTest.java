package fr.referentcpts.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.core.workflow.HistoryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops (two data folders) working offline and meeting on one cellule server (a real PostgreSQL). */
class TwoLaptopsSyncTest {
    private static CelluleFixture cellule;
    @TempDir
    Path folders;

    @BeforeAll
    static void start() throws Exception {
        cellule = CelluleFixture.withReferentsAndAManager();
    }

    @AfterAll
    static void stop() throws Exception {
        cellule.postgres.close();
    }

    @Test
    void offlineEditsOnBothLaptopsReachTheOtherWithTheirRevisionAndAuthor() throws Exception {
        String db = cellule.newCellule();
        ServerAddress server = cellule.address(db, "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile nord = a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "Mme Lefèvre", "réunion lundi"));
            a.people().save(new Person(UUID.randomUUID(), nord.id(), PersonKind.OTHER, null, "Dr Martin", "", "",
                    Set.of(), "", "", "", "", null, ""));
            CaseFile sud = b.caseFiles().create(new CaseIdentity("CPTS Sud", "13", "", ""));
            SyncService syncA = CelluleFixture.sync(a, server, null);
            SyncService syncB = CelluleFixture.sync(b, server, null);

            assertEquals(new SyncReport(1, 0, 0, List.of(), List.of()), syncA.sync());
            assertEquals(new SyncReport(1, 1, 0, List.of(), List.of()), syncB.sync());
            assertEquals(new SyncReport(0, 1, 1, List.of(), List.of()), syncA.sync());

            for (AppContext laptop : List.of(a, b)) {
                assertEquals(Set.of("CPTS Nord", "CPTS Sud"),
                        Set.copyOf(laptop.caseFiles().list().stream().map(CaseFile::name).toList()));
            }
            assertTrue(CelluleFixture.same(a, b.exchange().bundle(nord.id())));
            assertTrue(CelluleFixture.same(b, a.exchange().bundle(sud.id())));
            assertEquals(List.of("Dr Martin"), b.people().people(nord.id()).stream().map(Person::name).toList());
            DataSource base = cellule.database(db);
            assertEquals("1 postgres", CelluleFixture.text(base, "SELECT revision || ' ' || changed_by FROM "
                    + "case_revision WHERE case_id = '" + nord.id() + "'"));

            CaseFile renamed = a.caseFiles().updateIdentity(nord.id(), a.caseFiles().get(nord.id()).version(),
                    new CaseIdentity("CPTS Nord-Est", "59", "Mme Lefèvre", "réunion lundi"));
            assertEquals(new SyncReport(1, 0, 1, List.of(), List.of()), syncA.sync());
            assertEquals(new SyncReport(0, 1, 1, List.of(), List.of()), syncB.sync());
            assertEquals("CPTS Nord-Est", b.caseFiles().get(nord.id()).name());
            assertTrue(CelluleFixture.same(b, a.exchange().bundle(renamed.id())));
            assertEquals("2", CelluleFixture.text(base, "SELECT revision FROM case_revision WHERE case_id = '"
                    + nord.id() + "'"));
            assertEquals(new SyncReport(0, 0, 2, List.of(), List.of()), syncB.sync());
            assertEquals(0, syncB.pending().localChanges()); // deletions: SyncDeletionTest
        }
    }

    @Test
    void aCaseChangedOnBothLaptopsIsAConflictUntilMergedThenBothConverge() throws Exception {
        ServerAddress server = cellule.address(cellule.newCellule(), "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile nord = a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            SyncService syncA = CelluleFixture.sync(a, server, null);
            SyncService syncB = CelluleFixture.sync(b, server, null);
            syncA.sync();
            syncB.sync();
            a.caseFiles().updateIdentity(nord.id(), a.caseFiles().get(nord.id()).version(),
                    new CaseIdentity("CPTS Nord (A)", "59", "", ""));
            b.caseFiles().updateIdentity(nord.id(), b.caseFiles().get(nord.id()).version(),
                    new CaseIdentity("CPTS Nord", "59", "", "notes de B"));
            assertEquals(1, syncA.sync().sent());

            SyncReport conflict = syncB.sync();
            assertEquals(List.of("CPTS Nord"), conflict.conflicts());
            assertEquals(0, conflict.received() + conflict.sent());
            assertEquals("notes de B", b.caseFiles().get(nord.id()).notes()); // nothing overwritten here
            assertEquals("CPTS Nord (A)", syncB.serverVersion(nord.id()).caseFile().name()); // the server's kept
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), syncA.sync()); // nor there
            assertEquals("CPTS Nord (A)", a.caseFiles().get(nord.id()).name());
            assertEquals(List.of("CPTS Nord"), syncB.sync().conflicts()); // pending until resolved

            CaseBundle mine = b.exchange().bundle(nord.id());
            CaseBundle merged = new CaseBundle(mine.caseFile().withIdentity(new CaseIdentity("CPTS Nord (A)", "59", "",
                    "notes de B")), mine.territory(), mine.people(), mine.missions(), mine.documents(), mine.workflow(),
                    mine.annexes());
            assertEquals(new SyncReport(1, 0, 0, List.of(), List.of()), syncB.resolve(nord.id(), merged));
            assertEquals(List.of(), syncB.conflicts());
            assertEquals(1, syncA.sync().received());

            CaseFile onA = a.caseFiles().get(nord.id());
            assertEquals("CPTS Nord (A)", onA.name());
            assertEquals("notes de B", onA.notes());
            assertTrue(CelluleFixture.same(a, b.exchange().bundle(nord.id())));
            assertTrue(a.exchange().bundle(nord.id()).workflow().history().stream().anyMatch(h -> h.kind() == HistoryKind.SYNC_MERGE));
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), syncB.sync());
        }
    }

    @Test
    void theSameCaseCopiedToBothLaptopsBeforeAnySyncIsNoConflict() throws Exception {
        ServerAddress server = cellule.address(cellule.newCellule(), "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile nord = a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", "envoyée par courriel"));
            b.exchange().apply(b.exchange().plan(List.of(a.exchange().bundle(nord.id()))), false); // a .cpts import
            assertEquals(1, CelluleFixture.sync(a, server, null).sync().sent());
            SyncService syncB = CelluleFixture.sync(b, server, null);
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), syncB.sync());
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), syncB.sync());
            assertEquals(0, syncB.pending().localChanges());
        }
    }

    @Test
    void theServerRefusesAReferentsLaptopTheCaseOfAnotherReferentAndTheRestIsSynchronised() throws Exception {
        String db = cellule.newCellule();
        DataSource base = cellule.database(db);
        try (Connection admin = base.getConnection(); Statement s = admin.createStatement()) {
            s.execute(Files.readString(Path.of("packaging/server/create-cellule.sql")));
        }
        try (AppContext alicesLaptop = CelluleFixture.laptop(folders.resolve("alice"));
                AppContext bobsLaptop = CelluleFixture.laptop(folders.resolve("bob"));
                AppContext clairesLaptop = CelluleFixture.laptop(folders.resolve("claire"))) {
            SyncService alice = CelluleFixture.sync(alicesLaptop, cellule.address(db, "alice"), "a");
            SyncService bob = CelluleFixture.sync(bobsLaptop, cellule.address(db, "bob"), "b");
            SyncService claire = CelluleFixture.sync(clairesLaptop, cellule.address(db, "claire"), "c");
            CaseFile bobs = bobsLaptop.caseFiles().create(new CaseIdentity("CPTS de Bob", "29", "", ""));
            CaseFile alices = alicesLaptop.caseFiles().create(new CaseIdentity("CPTS d’Alice", "35", "", ""));
            assertEquals(1, bob.sync().sent());
            assertEquals(new SyncReport(1, 1, 0, List.of(), List.of()), alice.sync());

            alicesLaptop.caseFiles().updateIdentity(bobs.id(), alicesLaptop.caseFiles().get(bobs.id()).version(),
                    new CaseIdentity("CPTS de Bob, revue par Alice", "29", "", ""));
            alicesLaptop.caseFiles().updateIdentity(alices.id(), alicesLaptop.caseFiles().get(alices.id()).version(),
                    new CaseIdentity("CPTS d’Alice", "35", "", "notes"));
            SyncReport refused = alice.sync();
            assertEquals(List.of("CPTS de Bob, revue par Alice"), refused.refused());
            assertEquals(1, refused.sent());
            assertEquals("CPTS de Bob 1 bob bob", CelluleFixture.text(base, "SELECT c.name || ' ' || r.revision || ' '"
                    + " || r.changed_by || ' ' || c.assigned_to FROM case_file c JOIN case_revision r "
                    + "ON r.case_id = c.id WHERE c.id = '" + bobs.id() + "'"));
            assertEquals("CPTS de Bob, revue par Alice", alicesLaptop.caseFiles().get(bobs.id()).name()); // kept here
            assertEquals(1, alice.pending().localChanges());

            // a manager changes anyone's case, which stays assigned to its referent
            assertEquals(2, claire.sync().received());
            clairesLaptop.caseFiles().updateIdentity(bobs.id(), clairesLaptop.caseFiles().get(bobs.id()).version(),
                    new CaseIdentity("CPTS de Bob", "29", "", "relu par Claire"));
            assertEquals(1, claire.sync().sent());
            assertEquals("2 claire bob", CelluleFixture.text(base, "SELECT r.revision || ' ' || r.changed_by || ' ' "
                    + "|| c.assigned_to FROM case_file c JOIN case_revision r ON r.case_id = c.id WHERE c.id = '"
                    + bobs.id() + "'"));
        }
    }

    @Test
    void aSyncKilledMidwayIsFinishedByTheNextOneWithoutConflictOrLoss() throws Exception {
        int generated = 5;
        int total = generated + 145;
        String db = cellule.newCellule();
        ServerAddress server = cellule.address(db, "postgres");
        DataSource base = cellule.database(db);
        Path a = folders.resolve("a");
        try (AppContext laptop = CelluleFixture.laptop(a)) {
            laptop.demoGenerator().generate(generated, 42, done -> { }); // whole workflows, documents…
            for (int i = generated; i < total; i++) {
                laptop.caseFiles().create(new CaseIdentity("CPTS n° " + i, "75", "", "notes " + i));
            }
        }
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), SyncWorker.class.getName(), a.toString(), server.url(),
                server.user()).redirectErrorStream(true).redirectOutput(folders.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (count(base) < 20) {
                assertTrue(child.isAlive(), () -> "the synchronisation ended before it was killed: " + log());
                assertTrue(System.nanoTime() < deadline, "no case reached the server");
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: nothing is closed, no transaction finished
            child.waitFor();
        }
        long before = count(base);
        assertTrue(before < total, "killed midway: " + before);

        try (AppContext laptopA = CelluleFixture.laptop(a); AppContext laptopB = CelluleFixture.laptop(folders.resolve("b"))) {
            SyncReport finished = CelluleFixture.sync(laptopA, server, null).sync();
            assertEquals(List.of(), finished.conflicts());
            assertEquals(total, finished.sent() + finished.unchanged());
            assertTrue(finished.sent() >= total - before, finished.toString());
            assertEquals(total, count(base));
            assertEquals(new SyncReport(0, total, 0, List.of(), List.of()), CelluleFixture.sync(laptopB, server, null).sync());
            for (CaseFile c : laptopA.caseFiles().list()) {
                assertTrue(CelluleFixture.same(laptopB, laptopA.exchange().bundle(c.id())), c.name());
            }
            assertEquals(new SyncReport(0, 0, total, List.of(), List.of()), CelluleFixture.sync(laptopA, server, null).sync());
        }
    }

    private static long count(DataSource base) throws java.sql.SQLException {
        return Long.parseLong(CelluleFixture.text(base, "SELECT COUNT(*) FROM case_revision"));
    }

    private String log() {
        try {
            return Files.readString(folders.resolve("child.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
