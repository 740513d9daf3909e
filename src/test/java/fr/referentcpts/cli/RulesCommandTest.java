package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a corrected rules file: validated, kept, never replacing a known version silently. */
class RulesCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private String shipped() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("rules/ACI-2019.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCorrectedFileUnderANewIdIsImportedAndKept() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("corrige.json");
        Files.writeString(file, shipped().replace("\"id\": \"ACI-2019\"", "\"id\": \"ACI-2019-CORR\"")
                .replace("\"label\": \"ACI du 20 juin 2019\"", "\"label\": \"ACI du 20 juin 2019 (corrigé)\""));

        assertEquals(0, cli.run("rules", "import", file.toString()));
        assertTrue(cli.out.toString().startsWith("Règles « ACI-2019-CORR » importées"), cli.out.toString());

        assertEquals(0, cli.run("rules", "list"));
        assertTrue(cli.out.toString().contains("ACI-2019-CORR"), "kept in the data folder for the next start");
        assertTrue(Files.isRegularFile(home.resolve("rules/ACI-2019-CORR.json")));
    }

    @Test
    void anotherContentUnderAShippedIdIsRefused() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("pirate.json");
        Files.writeString(file, shipped().replace("\"label\": \"ACI du 20 juin 2019\"", "\"label\": \"Autre\""));

        assertEquals(2, cli.run("rules", "import", file.toString()));
        assertTrue(cli.err.toString().startsWith("Une version des règles « ACI-2019 » existe déjà"), cli.err.toString());
        assertTrue(Files.notExists(home.resolve("rules/ACI-2019.json")));
    }

    @Test
    void aMalformedFileIsExplained() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("casse.json");
        Files.writeString(file, "{ pas du json");

        assertEquals(2, cli.run("rules", "import", file.toString()));
        assertTrue(cli.err.toString().contains("JSON invalide"), cli.err.toString());
    }
}
