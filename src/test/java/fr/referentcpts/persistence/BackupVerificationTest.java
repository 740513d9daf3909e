package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup is verified by taking its database out and opening it, as a restoration would; nothing is left behind. */
class BackupVerificationTest {
    @TempDir
    Path dataDir;

    @Test
    void aVerifiedBackupCountsItsCaseFilesAndLeavesOnlyItselfAndItsDescription() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            BackupInfo backup = context.backupNow();
            assertEquals(context.caseFiles().list().size(), backup.cases());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aBackupWhoseDatabaseCannotBeReadIsDeletedAndNotOffered() throws Exception {
        DatabaseBackups backups = new DatabaseBackups(dataDir, TestData.CLOCK, () -> DatabaseEncryption.Access.CLEAR);
        Path folder = Files.createDirectories(dataDir.resolve(DatabaseBackups.FOLDER));
        Path zip = folder.resolve("referent-cpts-2026-11-22-093000.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(Database.FILE_NAME + ".mv.db"));
            out.write("pas une base H2".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        StorageException e = assertThrows(StorageException.class, () -> backups.verify(zip, TestData.CLOCK.instant()));

        assertEquals("error.backup.unverified", e.messageKey());
        assertFalse(Files.exists(zip));
        assertEquals(List.of(), backups.list());
        assertEquals(List.of(), leftovers());
    }

    /** Files of the backups folder that are neither a backup nor its description. */
    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve(DatabaseBackups.FOLDER))) {
            return files.filter(f -> !f.getFileName().toString().matches("referent-cpts-.*\\.(zip|properties)"))
                    .toList();
        }
    }
}
