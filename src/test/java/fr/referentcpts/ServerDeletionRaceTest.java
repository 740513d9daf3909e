package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.io.exchange.CptsBundleCodec;
import fr.referentcpts.persistence.sync.JooqSyncStore;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case deleted on the server by another laptop between the moment this laptop read the server's
 * list and the moment it reads that case: the synchronisation finishes (it used to fail), the
 * laptop's own version is left as it was, and no conflict is recorded against a case that is gone.
 */
class ServerDeletionRaceTest {
    @TempDir
    Path serverDir;
    @TempDir
    Path laptopDir;

    @Test
    void aCaseDeletedOnTheServerWhileTheLaptopReadsItLeavesTheLaptopsVersionAndTheSyncFinishes() {
        try (AppContext server = TestData.open(serverDir); AppContext laptop = TestData.open(laptopDir)) {
            CaseFile nord = server.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            CaseBundle theirs = server.exchange().bundle(nord.id());
            CaseBundle mine = new CaseBundle(theirs.caseFile().withIdentity(new CaseIdentity("CPTS Nord (copie)", "59",
                    "", "")), theirs.territory(), theirs.people(), theirs.missions(), theirs.documents(),
                    theirs.workflow(), theirs.annexes()).detached();
            laptop.exchange().apply(laptop.exchange().plan(List.of(mine)), false);
            Runnable deletedElsewhere = () -> server.exchange().delete(nord.id());
            SyncService sync = new SyncService(laptop.exchange(), laptop.repositories().caseFiles(),
                    laptop.repositories().workflow(), laptop.repositories().transactions(),
                    new JooqSyncStore(laptop.repositories().transactions()), new CptsBundleCodec("test"),
                    laptop.clock(), "test", () -> DataFolderServer.session(server, () -> { }, deletedElsewhere));

            assertEquals(new SyncReport(0, 0, 1, List.of(), List.of()), sync.sync());

            assertEquals("CPTS Nord (copie)", laptop.caseFiles().get(nord.id()).name());
            assertTrue(sync.conflicts().isEmpty());
            assertTrue(server.caseFiles().list().isEmpty());
        }
    }
}
