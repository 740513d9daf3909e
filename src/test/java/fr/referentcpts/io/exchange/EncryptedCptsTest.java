package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted .cpts exports: AES-256-GCM segments under a PBKDF2 key; nothing altered or cut gets through. */
class EncryptedCptsTest {
    private static final String PASSPHRASE = "mistral gagnant 1985";
    @TempDir
    Path mine;
    @TempDir
    Path theirs;
    @TempDir
    Path files;

    @Test
    void anEncryptedExportImportsWithItsPassphraseOnlyAndLeavesNoClearCopy() throws Exception {
        byte[] document = new byte[1_500_000];
        new Random(7).nextBytes(document);
        try (AppContext context = TestData.open(mine)) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS Chiffrée", "14", "Marguerite Secretaire", ""));
            context.documents().attach(c.id(), "statuts.pdf", document, DocumentKind.STATUTES, LocalDate.of(2026, 1, 1), "");
        }
        Path file = files.resolve("chiffre.cpts");
        CliTestSupport cli = new CliTestSupport(mine);
        cli.exportPassphrase = PASSPHRASE;
        assertEquals(0, cli.run("cases", "export", "--all", "--encrypt", "--out", file.toString()), cli.err.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, 0, 10, StandardCharsets.US_ASCII).equals("RCPTS-AES1"));
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("PK\u0003\u0004") || raw.contains("Marguerite"), "no zip, no name in clear");

        cli.exportPassphrase = "pas la bonne phrase";
        assertEquals(2, cli.run("cases", "import", file.toString(), "--data-dir", theirs.toString()));
        assertTrue(cli.err.toString().contains("phrase de passe incorrecte"), cli.err.toString());

        long before = decryptedCopies();
        cli.exportPassphrase = PASSPHRASE;
        assertEquals(0, cli.run("cases", "import", file.toString(), "--data-dir", theirs.toString()), cli.err.toString());
        assertEquals(before, decryptedCopies(), "the decrypted copy is deleted after the import");
        try (AppContext context = TestData.open(theirs)) {
            CaseFile imported = context.caseFiles().list().getFirst();
            assertEquals("Marguerite Secretaire", imported.referent());
            assertArrayEquals(document, context.documents().content(
                    context.documents().documents(imported.id()).getFirst()));
        }
    }

    @Test
    void aSegmentAlteredOrTheEndCutOffIsRefused() throws Exception {
        byte[] clear = new byte[EncryptedCpts.SEGMENT * 2 + 10];
        new Random(3).nextBytes(clear);
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = EncryptedCpts.encrypting(sealed, PASSPHRASE.toCharArray())) {
            out.write(clear);
        }
        byte[] bytes = sealed.toByteArray();
        assertArrayEquals(clear, decrypt(bytes), "round trip");

        byte[] altered = bytes.clone();
        altered[bytes.length - 100] ^= 1;
        assertEquals("exchange.error.corrupted", assertThrows(DomainException.class, () -> decrypt(altered)).messageKey());
        byte[] cut = Arrays.copyOf(bytes, 38 + 2 * (4 + EncryptedCpts.SEGMENT + 16));
        assertEquals("exchange.error.corrupted", assertThrows(DomainException.class, () -> decrypt(cut)).messageKey());
    }

    @Test
    void exactlyOneSegmentRoundTrips() throws Exception {
        byte[] clear = new byte[EncryptedCpts.SEGMENT];
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = EncryptedCpts.encrypting(sealed, PASSPHRASE.toCharArray())) {
            out.write(clear);
        }
        assertArrayEquals(clear, decrypt(sealed.toByteArray()));
    }

    private static byte[] decrypt(byte[] bytes) throws Exception {
        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        EncryptedCpts.decrypt(new ByteArrayInputStream(bytes), clear, PASSPHRASE.toCharArray(), "x.cpts");
        return clear.toByteArray();
    }

    private static long decryptedCopies() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("referent-cpts-import")).count();
        }
    }
}
