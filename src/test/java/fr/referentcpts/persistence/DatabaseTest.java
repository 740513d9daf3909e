package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

        assertEquals("error.databaseUnreadable", e.messageKey());
        assertEquals(garbage.length, Files.size(file));
        // The lock was released: a corrected folder can be opened at once.
        Files.delete(file);
        TestData.open(dataDir).close();
    }
}
