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
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
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
    private static EmbeddedPostgres postgres;
    private static CelluleFixture cellule;
    @TempDir
    Path folders;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        cellule = new CelluleFixture(postgres);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
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
            assertEquals(0, syncB.pending().localChanges());
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
}
