package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's opening: its services exist before the database is open (the window is built on
 * them meanwhile); a read waits for the opening — or, from the thread that must not wait (the FX
 * thread in the application), is refused — and an opening that fails fails the reads waiting.
 */
class AppContextOpeningTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void theServicesExistBeforeTheOpeningAndReadTheDataOnceItIsDone() {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS du Bocage Virois", "14", "Camille Roussel", ""));
        }
        Thread mustNotWait = Thread.currentThread();
        AppContext.Opening opening = AppContext.opening(dataDir, TestData.CLOCK, AppContext.readAhead(dataDir),
                () -> Thread.currentThread() != mustNotWait);

        assertThrows(IllegalStateException.class, () -> opening.context().caseFiles().list(),
                "the thread that must not wait is refused before the opening");
        CompletableFuture<List<CaseFile>> waiting = CompletableFuture.supplyAsync(() -> opening.context().caseFiles().list());
        assertFalse(waiting.isDone(), "a read from another thread waits for the opening");

        try (AppContext opened = assertTimeoutPreemptively(LIMIT, () -> opening.open(() -> null))) {
            List<CaseFile> read = assertTimeoutPreemptively(LIMIT, () -> waiting.join());
            assertEquals(List.of("CPTS du Bocage Virois"), read.stream().map(CaseFile::name).toList());
            assertEquals(1, opened.caseFiles().list().size(), "and every thread reads once it is open");
        }
    }

    @Test
    void anOpeningThatFailsFailsTheReadsThatWaitedForIt() {
        try (AppContext holder = TestData.open(dataDir)) {
            AppContext.Opening opening = AppContext.opening(dataDir, TestData.CLOCK, AppContext.readAhead(dataDir),
                    () -> true);
            CompletableFuture<List<CaseFile>> waiting = CompletableFuture.supplyAsync(
                    () -> opening.context().caseFiles().list());

            StorageException refused = assertThrows(StorageException.class, () -> opening.open(() -> null),
                    "the folder is in use by the other opening");
            assertEquals("error.dataFolderInUse", refused.messageKey());
            Throwable failed = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(java.util.concurrent.CompletionException.class, waiting::join));
            assertTrue(failed.getCause() instanceof RuntimeException, String.valueOf(failed.getCause()));
            assertEquals(0, holder.caseFiles().list().size(), "the data folder open elsewhere is untouched");
        }
    }
}
