package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database opened on one thread while its services are wired, and used, on others: what the
 * window does at start ({@link Database#opening}).
 */
class DatabaseOpeningTest {
    @TempDir
    Path dataDir;

    @Test
    void servicesWiredBeforeTheOpeningReadTheCaseFilesOnceItIsDone() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS du Bocage", "14", "Camille", ""));
        }
        Database opening = Database.opening(dataDir, TestData.CLOCK, () -> null);
        try (AppContext context = AppContext.over(dataDir, opening, TestData.CLOCK,
                fr.referentcpts.ReadAhead.start(dataDir))) {
            CompletableFuture<List<CaseFile>> read = CompletableFuture.supplyAsync(() -> context.caseFiles().list());
            Thread.sleep(100);
            assertFalse(read.isDone(), "a read waits for the opening");

            opening.completeOpening();

            assertEquals("CPTS du Bocage", read.get(10, TimeUnit.SECONDS).getFirst().name());
        }
        try (AppContext again = TestData.open(dataDir)) {
            assertEquals(1, again.caseFiles().list().size(), "closed cleanly: the folder opens again");
        }
    }

    @Test
    void aFailedOpeningIsThrownThereAndToEveryUseWaitingForIt() throws Exception {
        try (AppContext first = TestData.open(dataDir)) {
            Database opening = Database.opening(dataDir, TestData.CLOCK, () -> null);
            AppContext second = AppContext.over(dataDir, opening, TestData.CLOCK, fr.referentcpts.ReadAhead.start(dataDir));
            CompletableFuture<List<CaseFile>> read = CompletableFuture.supplyAsync(() -> second.caseFiles().list());

            StorageException refused = assertThrows(StorageException.class, opening::completeOpening);

            assertEquals("error.dataFolderInUse", refused.messageKey());
            ExecutionException waiting = assertThrows(ExecutionException.class, () -> read.get(10, TimeUnit.SECONDS));
            assertEquals("error.dataFolderInUse", storageCause(waiting).messageKey(), "the same failure for the read");
            second.close();
            assertEquals(0, first.caseFiles().list().size(), "the folder in use is left as it was");
        }
    }

    private static StorageException storageCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return storage;
            }
        }
        throw new AssertionError("no StorageException in " + thrown, thrown);
    }

    @Test
    void aDatabaseClosedBeforeItsOpeningLeavesTheFolderFree() {
        Database opening = Database.opening(dataDir, TestData.CLOCK, () -> null);
        opening.close();

        assertThrows(IllegalStateException.class, opening::completeOpening);
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(0, context.caseFiles().list().size());
        }
    }
}
