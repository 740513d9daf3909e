package fr.referentcpts.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.testing.AnnexFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleted cases between laptops and the cellule's server (a real PostgreSQL), and case-level writes that travel. */
class SyncDeletionTest {
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
    void aCaseDeletedOnOneLaptopIsDeletedOnTheServerThenOnTheOtherWhichSaysWhoDeletedIt() throws Exception {
        String db = withRoles();
        DataSource base = cellule.database(db);
        try (AppContext alicesLaptop = CelluleFixture.laptop(folders.resolve("alice"));
                AppContext bobsLaptop = CelluleFixture.laptop(folders.resolve("bob"))) {
            SyncService alice = CelluleFixture.sync(alicesLaptop, cellule.address(db, "alice"), "a");
            SyncService bob = CelluleFixture.sync(bobsLaptop, cellule.address(db, "bob"), "b");
            CaseFile nord = alicesLaptop.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            alicesLaptop.people().save(new Person(UUID.randomUUID(), nord.id(), PersonKind.OTHER, null, "Dr Martin", "",
                    "", Set.of(), "", "", "", "", null, ""));
            alicesLaptop.caseFiles().create(new CaseIdentity("CPTS Sud", "13", "", ""));
            assertEquals(2, alice.sync().sent());
            assertEquals(2, bob.sync().received());

            alicesLaptop.exchange().deleteKeepingCopy(nord.id()); // as the window deletes a case
            assertEquals(1, alice.pending().localChanges());
            SyncReport deleting = alice.sync();
            assertEquals(List.of("CPTS Nord"), deleting.deletedOnServer());
            assertEquals(0, deleting.sent() + deleting.received());
            assertEquals(0, alice.pending().localChanges());
            assertEquals("0", CelluleFixture.text(base, "SELECT COUNT(*) FROM case_file WHERE id = '" + nord.id() + "'"));
            assertEquals("0", CelluleFixture.text(base, "SELECT COUNT(*) FROM person WHERE case_id = '" + nord.id() + "'"));
            assertEquals("2 alice alice", CelluleFixture.text(base, "SELECT revision || ' ' || changed_by || ' ' || "
                    + "deleted_by FROM case_revision WHERE case_id = '" + nord.id() + "' AND deleted_at IS NOT NULL"));

            SyncReport deleted = bob.sync();
            assertEquals(List.of(new SyncReport.DeletedCase("CPTS Nord", "alice")), deleted.deletedHere());
            assertEquals(List.of("CPTS Sud"), names(bobsLaptop));
            assertEquals(List.of(), bobsLaptop.people().people(nord.id())); // nothing of it left behind
            assertEquals(0, bob.pending().localChanges());
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), bob.sync());
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), alice.sync());
        }
    }

    @Test
    void aCaseDeletedElsewhereButChangedHereIsKeptAndSentBack() throws Exception {
        String db = cellule.newCellule();
        ServerAddress server = cellule.address(db, "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile nord = a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            SyncService syncA = CelluleFixture.sync(a, server, null);
            SyncService syncB = CelluleFixture.sync(b, server, null);
            syncA.sync();
            syncB.sync();
            b.exchange().deleteKeepingCopy(nord.id());
            a.caseFiles().updateIdentity(nord.id(), a.caseFiles().get(nord.id()).version(),
                    new CaseIdentity("CPTS Nord", "59", "", "réunion jeudi"));
            assertEquals(List.of("CPTS Nord"), syncB.sync().deletedOnServer());

            SyncReport kept = syncA.sync();
            assertEquals(List.of("CPTS Nord"), kept.kept());
            assertEquals(1, kept.sent());
            assertEquals(List.of(), kept.deletedHere());
            assertEquals("3 1", CelluleFixture.text(cellule.database(db), "SELECT revision || ' ' || "
                    + "(SELECT COUNT(*) FROM case_file WHERE id = case_id) FROM case_revision WHERE case_id = '"
                    + nord.id() + "' AND deleted_at IS NULL"));
            assertEquals(new SyncReport(0, 1, 0, List.of(), List.of()), syncB.sync());
            assertEquals("réunion jeudi", b.caseFiles().get(nord.id()).notes());
        }
    }

    @Test
    void aCaseDeletedHereButChangedOnTheServerSinceComesBack() throws Exception {
        String db = cellule.newCellule();
        ServerAddress server = cellule.address(db, "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile nord = a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            SyncService syncA = CelluleFixture.sync(a, server, null);
            SyncService syncB = CelluleFixture.sync(b, server, null);
            syncA.sync();
            syncB.sync();
            a.caseFiles().updateIdentity(nord.id(), a.caseFiles().get(nord.id()).version(),
                    new CaseIdentity("CPTS Nord", "59", "", "signature en mars"));
            assertEquals(1, syncA.sync().sent());
            b.exchange().deleteKeepingCopy(nord.id());

            SyncReport back = syncB.sync();
            assertEquals(List.of("CPTS Nord"), back.broughtBack());
            assertEquals(List.of(), back.deletedOnServer());
            assertEquals("signature en mars", b.caseFiles().get(nord.id()).notes());
            assertEquals("0", CelluleFixture.text(cellule.database(db), "SELECT COUNT(*) FROM case_revision "
                    + "WHERE deleted_at IS NOT NULL"));
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), syncB.sync());
        }
    }

    @Test
    void aCaseDeletedBeforeAnySyncNeverReachesTheServerAndATombstoneMeansNothingToALaptopThatNeverHadIt()
            throws Exception {
        String db = cellule.newCellule();
        ServerAddress server = cellule.address(db, "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            a.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            CaseFile draft = a.caseFiles().create(new CaseIdentity("CPTS brouillon", "59", "", ""));
            CaseFile gone = a.caseFiles().create(new CaseIdentity("CPTS fusionnée", "59", "", ""));
            a.exchange().deleteKeepingCopy(draft.id());
            SyncService syncA = CelluleFixture.sync(a, server, null);
            assertEquals(new SyncReport(2, 0, 0, List.of(), List.of()), syncA.sync());
            assertEquals("0", CelluleFixture.text(cellule.database(db), "SELECT COUNT(*) FROM case_revision "
                    + "WHERE case_id = '" + draft.id() + "'"));
            a.exchange().deleteKeepingCopy(gone.id());
            assertEquals(List.of("CPTS fusionnée"), syncA.sync().deletedOnServer());

            assertEquals(new SyncReport(0, 1, 0, List.of(), List.of()), CelluleFixture.sync(b, server, null).sync());
            assertEquals(List.of("CPTS Nord"), names(b));
        }
    }

    @Test
    void aReferentCannotDeleteAnotherReferentsCaseOnTheServerButAManagerCan() throws Exception {
        String db = withRoles();
        try (AppContext alicesLaptop = CelluleFixture.laptop(folders.resolve("alice"));
                AppContext bobsLaptop = CelluleFixture.laptop(folders.resolve("bob"));
                AppContext clairesLaptop = CelluleFixture.laptop(folders.resolve("claire"))) {
            SyncService alice = CelluleFixture.sync(alicesLaptop, cellule.address(db, "alice"), "a");
            SyncService bob = CelluleFixture.sync(bobsLaptop, cellule.address(db, "bob"), "b");
            SyncService claire = CelluleFixture.sync(clairesLaptop, cellule.address(db, "claire"), "c");
            CaseFile bobs = bobsLaptop.caseFiles().create(new CaseIdentity("CPTS de Bob", "29", "", ""));
            assertEquals(1, bob.sync().sent());
            assertEquals(1, alice.sync().received());
            assertEquals(1, claire.sync().received());

            alicesLaptop.exchange().deleteKeepingCopy(bobs.id());
            SyncReport refused = alice.sync();
            assertEquals(List.of("CPTS de Bob"), refused.deletionRefused());
            assertEquals(List.of(), refused.deletedOnServer());
            assertEquals(List.of("CPTS de Bob"), names(alicesLaptop)); // back at once
            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), alice.sync());

            clairesLaptop.exchange().deleteKeepingCopy(bobs.id());
            assertEquals(List.of("CPTS de Bob"), claire.sync().deletedOnServer());
            assertEquals(List.of(new SyncReport.DeletedCase("CPTS de Bob", "claire")), bob.sync().deletedHere());
            assertEquals(List.of(new SyncReport.DeletedCase("CPTS de Bob", "claire")), alice.sync().deletedHere());
            assertEquals(List.of(), names(bobsLaptop));
        }
    }

    @Test
    void aReferentSendsBackHerCaseThatAManagerDeletedWhileSheChangedIt() throws Exception {
        String db = withRoles();
        try (AppContext alicesLaptop = CelluleFixture.laptop(folders.resolve("alice"));
                AppContext clairesLaptop = CelluleFixture.laptop(folders.resolve("claire"))) {
            SyncService alice = CelluleFixture.sync(alicesLaptop, cellule.address(db, "alice"), "a");
            SyncService claire = CelluleFixture.sync(clairesLaptop, cellule.address(db, "claire"), "c");
            CaseFile alices = alicesLaptop.caseFiles().create(new CaseIdentity("CPTS d’Alice", "35", "", ""));
            assertEquals(1, alice.sync().sent());
            assertEquals(1, claire.sync().received());
            clairesLaptop.exchange().deleteKeepingCopy(alices.id());
            assertEquals(List.of("CPTS d’Alice"), claire.sync().deletedOnServer());
            alicesLaptop.caseFiles().updateIdentity(alices.id(), alicesLaptop.caseFiles().get(alices.id()).version(),
                    new CaseIdentity("CPTS d’Alice", "35", "", "toujours suivie"));

            assertEquals(List.of("CPTS d’Alice"), alice.sync().kept());
            assertEquals("3 alice alice", CelluleFixture.text(cellule.database(db), "SELECT r.revision || ' ' || "
                    + "r.changed_by || ' ' || c.assigned_to FROM case_file c JOIN case_revision r ON r.case_id = c.id "
                    + "WHERE c.id = '" + alices.id() + "' AND r.deleted_at IS NULL"));
            assertEquals(1, claire.sync().received());
            assertEquals("toujours suivie", clairesLaptop.caseFiles().get(alices.id()).notes());
        }
    }

    @Test
    void aFinalAnnexStoredOnOneLaptopMarksItsCaseChangedAndReachesTheOther() throws Exception {
        ServerAddress server = cellule.address(cellule.newCellule(), "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            CaseFile caen = AnnexFixtures.caseWithContent(a, 5);
            SyncService syncA = CelluleFixture.sync(a, server, null);
            SyncService syncB = CelluleFixture.sync(b, server, null);
            syncA.sync();
            syncB.sync();

            Annex stored = a.annexes(AnnexFixtures.sources(a, AnnexFixtures.readyParties(), Map.of()))
                    .generate(caen.id(), false).stored();
            assertEquals(1, syncA.pending().localChanges());
            assertEquals(1, syncA.sync().sent());
            assertEquals(1, syncB.sync().received());
            assertEquals(List.of(stored.sha256()), b.exchange().bundle(caen.id()).annexes().stream()
                    .map(AnnexFile::sha256).toList());
        }
    }

    /** A new cellule with the roles of {@code packaging/server/create-cellule.sql}; its name. */
    private static String withRoles() throws Exception {
        String db = cellule.newCellule();
        try (Connection admin = cellule.database(db).getConnection(); Statement s = admin.createStatement()) {
            s.execute(Files.readString(Path.of("packaging/server/create-cellule.sql")));
        }
        return db;
    }

    private static List<String> names(AppContext laptop) {
        return laptop.caseFiles().list().stream().map(CaseFile::name).sorted().toList();
    }
}
