package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder opened by a command that only reads it: same check at the opening, and the folder
 * left exactly as it was — database file, seal, backups.
 */
class ReadOnlyOpeningTest {
    @TempDir
    Path dataDir;

    @Test
    void readingLeavesTheDatabaseItsSealAndItsBackupsExactlyAsTheyWere() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "Camille", ""));
        }
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        Path seal = dataDir.resolve(DatabaseSeal.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] sealBefore = Files.readAllBytes(seal);
        List<Path> backupsBefore = backups();

        try (AppContext context = AppContext.openForReading(dataDir, TestData.CLOCK, () -> null)) {
            assertEquals("CPTS A", context.caseFiles().list().getFirst().name());
            // A write through it is refused by H2, not half done.
            assertThrows(RuntimeException.class,
                    () -> context.caseFiles().create(new CaseIdentity("CPTS B", "14", "", "")));
            // The folder stays locked against a second instance meanwhile.
            StorageException second = assertThrows(StorageException.class, () -> TestData.open(dataDir));
            assertEquals("error.dataFolderInUse", second.messageKey());
        }

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertArrayEquals(sealBefore, Files.readAllBytes(seal));
        assertEquals(backupsBefore, backups());
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(List.of("CPTS A"), context.caseFiles().list().stream().map(c -> c.name()).toList());
        }
    }

    @Test
    void aDatabaseChangedSinceItsLastCloseIsRefusedAsByAnyOpening() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        }
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);

        StorageException e = assertThrows(StorageException.class,
                () -> AppContext.openForReading(dataDir, TestData.CLOCK, () -> null));

        assertEquals("error.databaseDamaged.backup", e.messageKey());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseWhoseSchemaIsBehindIsMigratedByAnOpeningForWriting() throws Exception {
        // as an earlier version left it: before V14 and V15 (which, replayed, leaves its table and column as they are)
        try (Database database = Database.open(dataDir, TestData.CLOCK)) {
            database.dsl().execute("DROP INDEX territory_commune_summary_idx");
            database.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"script\" IN "
                    + "('V14__territory_summary_index.sql', 'V15__case_figures.sql')");
        }

        try (Database database = Database.openForReading(dataDir, TestData.CLOCK, () -> null)) {
            assertFalse(DatabaseSeal.read(dataDir).orElseThrow().closed(), "opened for writing: sealed « open »");
            assertEquals(1, database.dsl().fetch("SELECT * FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_NAME = 'TERRITORY_COMMUNE_SUMMARY_IDX'").size());
        }
        assertTrue(DatabaseSeal.read(dataDir).orElseThrow().closed());
    }

    @Test
    void aFolderWithoutADatabaseGetsOneAsByAnyOpening() {
        try (AppContext context = AppContext.openForReading(dataDir, TestData.CLOCK, () -> null)) {
            assertTrue(context.caseFiles().list().isEmpty());
        }
        assertTrue(Database.exists(dataDir));
    }

    private List<Path> backups() throws Exception {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
