package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo generate} as a trainer or a benchmark script would call it. */
class DemoCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path other;
    private CliTestSupport cli;

    @BeforeEach
    void setUp() {
        cli = new CliTestSupport(home);
    }

    @Test
    void generatesTheRequestedNumberOfCaseFilesInTheGivenFolder() throws Exception {
        assertEquals(0, cli.run("demo", "generate", "--count", "12", "--seed", "3", "--data-dir", other.toString()));
        String out = cli.out.toString();
        assertTrue(out.startsWith("12 dossiers de démonstration générés en "), out);
        assertTrue(out.contains("(graine 3)"), out);
        assertTrue(out.contains("Suivi du contrat : "), out);
        assertTrue(out.contains("Communes : "), out);

        assertEquals(0, cli.run("cases", "list", "--json", "--all", "--data-dir", other.toString()));
        JsonNode list = new ObjectMapper().readTree(cli.out.toString());
        assertEquals(12, list.size());
        assertEquals(0, cli.run("cases", "list", "--json"));
        assertEquals("[ ]", cli.out.toString().strip(), "nothing was written to the default folder");
    }

    @Test
    void aCountOfZeroOrNotANumberIsRefusedWithCodeTwo() {
        assertEquals(2, cli.run("demo", "generate", "--count", "0", "--data-dir", other.toString()));
        assertEquals("Le nombre de dossiers doit être compris entre 1 et 100\u202F000.", cli.err.toString().strip());
        assertTrue(isEmpty(other), "the data folder was not even opened");

        assertEquals(2, cli.run("demo", "generate", "--count", "mille", "--data-dir", other.toString()));
        assertTrue(cli.err.toString().startsWith("Valeur invalide pour --count."), cli.err.toString());
    }

    private static boolean isEmpty(Path dir) {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
