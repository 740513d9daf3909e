package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.backup.DamagedDatabaseException;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal of a clean close: a file changed by something else since — same size, same date, one
 * byte — is refused; a seal written by an earlier version (SHA-256) is still checked.
 */
class DatabaseSealTest {
    @TempDir
    Path dataDir;

    @Test
    void oneByteChangedInPlaceSizeAndDatePutBackIsRefusedAndTheFileLeftAsItIs() throws Exception {
        Path file = sealedDatabase();
        for (int at : new int[] {0, 4096, (int) Files.size(file) / 2, (int) Files.size(file) - 1}) {
            byte[] intact = Files.readAllBytes(file);
            byte[] altered = intact.clone();
            altered[at] ^= 0x01;
            write(file, altered);

            DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir),
                    "byte " + at);

            String message = new Messages().get(e);
            assertTrue(message.contains("modifié"), message);
            assertEquals(HexFormat.of().formatHex(altered), HexFormat.of().formatHex(Files.readAllBytes(file)),
                    "never written");
            write(file, intact);
        }
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals("CPTS A", context.caseFiles().list().getFirst().name(), "the intact file opens");
        }
    }

    @Test
    void aSealFromAnEarlierVersionHoldingASha256IsStillCheckedThenRewritten() throws Exception {
        Path file = sealedDatabase();
        byte[] intact = Files.readAllBytes(file);
        String earlier = "state=closed\nsize=" + intact.length + "\nsha256="
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(intact))
                + "\ncases=1\nat=2026-12-01T08\\:00\\:00Z\n";
        Path seal = dataDir.resolve(DatabaseSeal.FILE_NAME);
        Files.writeString(seal, earlier, StandardCharsets.UTF_8);

        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(1, context.caseFiles().list().size());
        }
        assertTrue(DatabaseSeal.read(dataDir).orElseThrow().checksum().startsWith("crc32c:"),
                "the next clean close writes this version's seal");

        Files.writeString(seal, earlier, StandardCharsets.UTF_8);
        byte[] altered = intact.clone();
        altered[intact.length / 2] ^= 0x01;
        write(file, altered);
        assertThrows(DamagedDatabaseException.class, () -> TestData.open(dataDir));
    }

    @Test
    void aSealOfAnUnknownKindIsNotTrustedAndTheFileIsCheckedByReadingIt() throws Exception {
        sealedDatabase();
        Path seal = dataDir.resolve(DatabaseSeal.FILE_NAME);
        Files.writeString(seal, Files.readString(seal).replaceAll("checksum=\\S+", "checksum=blake3\\\\:00"));

        assertEquals(false, DatabaseSeal.read(dataDir).orElseThrow().closed());
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(1, context.caseFiles().list().size());
        }
    }

    private Path sealedDatabase() {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        }
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** Writes {@code bytes} in place and puts the modification date back, as a careless tool might. */
    private static void write(Path file, byte[] bytes) throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
    }
}
