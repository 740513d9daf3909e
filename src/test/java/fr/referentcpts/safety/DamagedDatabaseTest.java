package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.backup.DamagedDatabaseException;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.JvmProcess;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WriteThenDie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated, emptied or vanished database is detected, refused without being touched, and the
 * latest verified backup offered and restorable, from the backups.
 */
class DamagedDatabaseTest {
    @TempDir
    Path dataDir;
    private Path file;

    @BeforeEach
    void aPortfolioClosedCleanly() {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            for (int i = 0; i < 40; i++) {
                context.caseFiles().create(new CaseIdentity("CPTS " + i, "14", "", "x".repeat(2000)));
            }
        }
        file = dataDir.resolve("referent-cpts.mv.db");
    }

    @Test
    void aDatabaseCutInHalfIsRefusedLeftAsItIsAndTheBackupRestoresEveryCase() throws Exception {
        byte[] whole = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);

        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir));

        assertArrayEquals(half, Files.readAllBytes(file), "the damaged file is never modified");
        assertTrue(e.latestBackup().isPresent());
        int cases = e.latestBackup().get().cases();
        assertEquals(48, cases, "8 demonstration cases and 40 more");
        String message = new Messages().get(e);
        assertTrue(message.contains("tronqué") && message.contains("backup restore"), message);

        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("backup", "restore", e.latestBackup().get().name(), "--data-dir", dataDir.toString()));
        assertTrue(cli.out.toString().contains("48 dossier(s)"), cli.out.toString());
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(48, context.caseFiles().list().size());
        }
        try (var aside = Files.list(dataDir.resolve("backups"))) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("avant-restauration")),
                    "the damaged base is kept aside");
        }
    }

    @Test
    void anEmptiedOrVanishedDatabaseIsNotTakenForANewOne() throws Exception {
        Files.write(file, new byte[0]);
        assertEquals("error.databaseDamaged.backup",
                assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir)).messageKey());
        Files.delete(file);
        assertEquals("error.databaseDamaged.backup",
                assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir)).messageKey());
    }

    @Test
    void afterACrashTheDatabaseIsCheckedByReadingAndOpens() throws Exception {
        JvmProcess.Result run = JvmProcess.run(Map.of(), WriteThenDie.class, dataDir.toString(), "3");
        assertEquals(0, run.exit(), run.err());

        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(51, context.caseFiles().list().size());
        }
    }

    @Test
    void restoringIsRefusedWhileTheFolderIsInUse() {
        try (AppContext context = TestData.open(dataDir)) {
            String name = context.backups().latest().orElseThrow().name();
            CliTestSupport cli = new CliTestSupport(dataDir);

            assertEquals(2, cli.run("backup", "restore", name, "--data-dir", dataDir.toString()));

            assertTrue(cli.err.toString().contains("déjà ouvert"), cli.err.toString());
        }
    }

    @Test
    void theDataFolderAndItsFilesAreTheUsersOnly() throws Exception {
        for (Path p : List.of(dataDir, dataDir.resolve("backups"), file, dataDir.resolve("referent-cpts.seal"))) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", mode, p.toString());
        }
        try (var backups = Files.list(dataDir.resolve("backups"))) {
            assertTrue(backups.allMatch(p -> {
                try {
                    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).equals("rw-------");
                } catch (java.io.IOException e) {
                    return false;
                }
            }));
        }
    }

    @Test
    void backupCreateAndListShowDateCountAndSize() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("backup", "list", "--json", "--data-dir", dataDir.toString()));
        assertTrue(cli.out.toString().contains("\"cases\" : 48"), cli.out.toString());

        assertEquals(0, cli.run("backup", "create", "--data-dir", dataDir.toString()));
        assertTrue(cli.out.toString().startsWith("Sauvegarde faite et vérifiée : "), cli.out.toString());
        assertTrue(cli.out.toString().contains("48 dossier(s)"), cli.out.toString());
    }
}
