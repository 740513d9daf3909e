package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clear database encrypted in place; nothing readable left without the passphrase. */
class EncryptionAtRestTest {
    private static final String SECRET = "Marguerite Secretaire";
    private static final String PASSPHRASE = "cheval batterie agrafe correcte";
    @TempDir
    Path dataDir;

    @Test
    void anExistingClearDatabaseIsEncryptedAndOpensOnlyWithItsPassphrase() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS Confidentielle", "14", SECRET, ""));
        }
        Path file = dataDir.resolve("referent-cpts.mv.db");
        assertTrue(contains(file, SECRET), "in clear before: the check below can fail");

        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.passphrase = PASSPHRASE;
        assertEquals(0, cli.run("security", "encrypt"), cli.err.toString());
        assertTrue(cli.out.toString().startsWith("Base chiffrée"), cli.out.toString());

        assertFalse(contains(file, SECRET), "the database file no longer shows the referent's name");
        try (var backups = Files.list(dataDir.resolve("backups"))) {
            assertEquals(2, backups.count(), "one encrypted backup and its description; the clear one is gone");
        }
        assertEquals(0, cli.run("security", "status"));
        assertTrue(cli.out.toString().contains("est chiffrée"));
        assertEquals(0, cli.run("cases", "list"));
        assertTrue(cli.out.toString().contains("CPTS Confidentielle"), cli.out.toString());
        assertEquals(0, cli.run("backup", "list", "--json"));
        assertTrue(cli.out.toString().contains("\"cases\" : 1"), cli.out.toString());

        byte[] before = Files.readAllBytes(file);
        cli.passphrase = "une autre phrase de passe";
        assertEquals(2, cli.run("cases", "list"));
        assertTrue(cli.err.toString().startsWith("Phrase de passe incorrecte"), cli.err.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "a wrong passphrase changes nothing");
        assertTrue(Files.readString(dataDir.resolve("referent-cpts.seal")).contains("state=closed"),
                "not even the seal");
        cli.passphrase = null;
        assertEquals(2, cli.run("cases", "list"));
        assertTrue(cli.err.toString().contains("est chiffré"), cli.err.toString());
    }

    @Test
    void anEncryptedBackupRestores() {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        }
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.passphrase = PASSPHRASE;
        assertEquals(0, cli.run("security", "encrypt"));
        assertEquals(0, cli.run("backup", "list", "--json"));
        String name = cli.out.toString().replaceAll("(?s).*\"name\" : \"([^\"]+)\".*", "$1");

        assertEquals(0, cli.run("backup", "restore", name), cli.err.toString());
        assertEquals(0, cli.run("cases", "list"));
        assertTrue(cli.out.toString().contains("CPTS A"));
    }

    @Test
    void aShortPassphraseIsRefused() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.passphrase = "court";
        assertEquals(2, cli.run("security", "encrypt"));
        assertTrue(cli.err.toString().contains("au moins 10 caractères"), cli.err.toString());
    }

    private static boolean contains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
