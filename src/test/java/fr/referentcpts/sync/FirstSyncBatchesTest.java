package fr.referentcpts.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.testing.RichCases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop's first synchronisation sends its cases in batches (each batch read here a query per
 * table), an empty laptop's first synchronisation receives them in batches (each batch read from the
 * server a query per table, with its revisions): more cases than one batch, whole generated
 * workflows and cases holding documents and annexes, all arrive as the first laptop holds them.
 */
class FirstSyncBatchesTest {
    @TempDir
    Path folders;

    @Test
    void anEmptyLaptopReceivesInBatchesTheCasesAnotherSentInBatches() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            CelluleFixture cellule = new CelluleFixture(postgres);
            ServerAddress server = cellule.address(cellule.newCellule(), "postgres");
            try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                    AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
                a.demoGenerator().generate(55, 5, done -> { });
                RichCases.importCopies(a, 4);
                List<UUID> ids = a.caseFiles().list().stream().map(CaseFile::id).toList();
                SyncService syncA = CelluleFixture.sync(a, server, null);
                SyncService syncB = CelluleFixture.sync(b, server, null);

                assertEquals(new SyncReport(59, 0, 0, List.of(), List.of()), syncA.sync());
                assertEquals(new SyncReport(0, 59, 0, List.of(), List.of()), syncB.sync());

                for (UUID id : ids) {
                    assertEquals(RichCases.content(a.exchange().bundle(id)), RichCases.content(b.exchange().bundle(id)));
                }
                // the agreements recorded at the server's revisions: nothing left to move either way
                assertEquals(new SyncReport(0, 0, 59, List.of(), List.of()), syncB.sync());
                assertEquals(new SyncReport(0, 0, 59, List.of(), List.of()), syncA.sync());
            }
        }
    }
}
