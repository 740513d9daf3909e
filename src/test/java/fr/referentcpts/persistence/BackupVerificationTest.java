package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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

    /**
     * No room on the disk for the database taken out of the zip (a real full disk: a 4 MB tmpfs,
     * Linux as root, else skipped): the backup is still verified, read inside the zip.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void withNoRoomToTakeTheDatabaseOutTheBackupIsVerifiedInsideTheZip(@TempDir Path mountPoint) throws Exception {
        Path made;
        int cases;
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            cases = context.caseFiles().list().size();
            made = dataDir.resolve(DatabaseBackups.FOLDER).resolve(context.backupNow().name());
        }
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString()) == 0,
                "needs to mount a small tmpfs (root on Linux)");
        try {
            Path full = mountPoint.resolve("donnees");
            Path zip = Files.createDirectories(full.resolve(DatabaseBackups.FOLDER)).resolve(made.getFileName());
            Files.copy(made, zip);
            Path filler = mountPoint.resolve("remplissage");
            try (java.io.OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (Files.getFileStore(mountPoint).getUsableSpace() > 64 * 1024) {
                    out.write(block);
                    out.flush();
                }
            }
            DatabaseBackups backups = new DatabaseBackups(full, TestData.CLOCK, () -> DatabaseEncryption.Access.CLEAR);

            BackupInfo verified = backups.verify(zip, TestData.CLOCK.instant());

            assertEquals(cases, verified.cases());
            assertEquals(List.of(zip.getFileName().toString()), backups.list().stream().map(BackupInfo::name).toList());
        } finally {
            run("umount", mountPoint.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Files of the backups folder that are neither a backup nor its description. */
    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve(DatabaseBackups.FOLDER))) {
            return files.filter(f -> !f.getFileName().toString().matches("referent-cpts-.*\\.(zip|properties)"))
                    .toList();
        }
    }
}
