package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.backup.DamagedDatabaseException;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The seal check's digest started ahead of the opening: used once, and only on the same file. */
class EarlyDigestTest {
    @TempDir
    Path dataDir;

    @Test
    void theOpeningUsesTheDigestStartedAheadOnceAndOpensTheFolder() throws Exception {
        Path file = sealedDatabase();
        Database.checkAhead(dataDir);

        try (AppContext context = TestData.open(dataDir)) {
            assertEquals("CPTS A", context.caseFiles().list().getFirst().name());
        }
        assertNull(EarlyDigest.take(file), "taken by the opening's check");
    }

    @Test
    void aDigestOfAFileWrittenSinceIsNotUsed() throws Exception {
        Path file = sealedDatabase();
        EarlyDigest.start(file);
        Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);

        assertNull(EarlyDigest.take(file));
    }

    /** Same size, modification time put back: the change time, which no program sets, still tells. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDigestOfAFileAlteredInPlaceIsNotUsedAndTheDatabaseIsRefusedAsDamaged() throws Exception {
        Path file = sealedDatabase();
        FileTime modified = Files.getLastModifiedTime(file);
        for (int turn = 0; turn < 2; turn++) {
            Database.checkAhead(dataDir);
            Thread.sleep(300); // the digest of the intact file done, most likely (either way it must not be used)
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, modified);
            if (turn == 0) {
                assertNull(EarlyDigest.take(file));
                bytes[bytes.length / 2] ^= 0x20; // put back for the second turn
                Files.write(file, bytes);
                Files.setLastModifiedTime(file, modified);
            }
        }

        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir));

        assertEquals("error.databaseDamaged.backup", e.messageKey());
    }

    @Test
    void nothingIsStartedForAFolderWithoutADatabaseOrWhoseLastSessionDidNotClose() throws Exception {
        Database.checkAhead(dataDir);
        assertNull(EarlyDigest.take(dataDir.resolve(Database.FILE_NAME + ".mv.db")));

        Path file = sealedDatabase();
        DatabaseSeal.read(dataDir).orElseThrow().opened(TestData.CLOCK.instant()).write(dataDir);
        Database.checkAhead(dataDir);
        assertNull(EarlyDigest.take(file));
    }

    private Path sealedDatabase() {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        }
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }
}
