package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database of a data folder: persistence across openings, lock, damaged file. */
class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void caseFilesSurviveClosingAndReopening() {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "Camille", "note"));
        }
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals("CPTS A", context.caseFiles().list().getFirst().name());
            assertEquals("note", context.caseFiles().list().getFirst().notes());
        }
    }

    /** The shrinking itself is measured on 1 000 generated case files (README: 142 Mo → 13 Mo). */
    @Test
    void compactingAfterABulkWriteKeepsEveryCaseFileAndReleasesTheFolder() {
        try (AppContext context = TestData.open(dataDir)) {
            for (int i = 0; i < 100; i++) {
                var created = context.caseFiles().create(new CaseIdentity("CPTS " + i, "14", "Camille", ""));
                for (int edit = 0; edit < 3; edit++) {
                    created = context.caseFiles().updateIdentity(created.id(), created.version(),
                            new CaseIdentity("CPTS " + i, "14", "Camille", "note " + edit));
                }
            }
            context.compactAndClose();
        }
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(100, context.caseFiles().list().size());
            assertTrue(context.caseFiles().list().stream().allMatch(c -> c.notes().equals("note 2")));
        }
    }

    @Test
    void aSecondOpeningOfTheSameFolderIsRefusedWithoutTouchingIt() {
        try (AppContext first = TestData.open(dataDir)) {
            first.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));

            StorageException e = assertThrows(StorageException.class, () -> TestData.open(dataDir));

            assertEquals("error.dataFolderInUse", e.messageKey());
            assertEquals(1, first.caseFiles().list().size());
        }
    }

    @Test
    void aDamagedDatabaseFileIsReportedAndLeftAsItIs() throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        byte[] garbage = "ceci n’est pas une base H2".repeat(200).getBytes();
        Files.write(file, garbage);

        StorageException e = assertThrows(StorageException.class, () -> TestData.open(dataDir));

        assertEquals("error.databaseDamaged", e.messageKey());
        assertEquals(garbage.length, Files.size(file));
        // The lock was released: a corrected folder can be opened at once.
        Files.delete(file);
        TestData.open(dataDir).close();
    }
}
