package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as a script would use them. */
class CasesCommandTest {
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
    void createdCasesAreListedAsJsonFromTheGivenDataFolder() throws Exception {
        assertEquals(0, cli.run("cases", "new", "--name", "CPTS du Bocage Virois", "--departement", "Calvados",
                "--referent", "Camille Roussel", "--data-dir", other.toString()));
        assertTrue(cli.out.toString().contains("Dossier « CPTS du Bocage Virois » créé"), cli.out.toString());

        assertEquals(0, cli.run("cases", "list", "--json", "--data-dir", other.toString()));
        JsonNode list = new ObjectMapper().readTree(cli.out.toString());
        assertEquals(1, list.size());
        JsonNode row = list.get(0);
        assertEquals("CPTS du Bocage Virois", row.get("name").asText());
        assertEquals("14", row.get("departement").asText());
        assertEquals("PRE_PROJECT", row.get("stage").asText());
        assertEquals("Pré-projet", row.get("stageLabel").asText());
        assertEquals("2026-11-22T09:30:00Z", row.get("updatedAt").asText());
        assertEquals(36, row.get("id").asText().length());

        assertEquals(0, cli.run("cases", "list", "--json"));
        assertEquals("[ ]", cli.out.toString().strip(), "the default folder is another one");
    }

    /** A listing or a report on a laptop never rewrites the base, its seal or its backups. */
    @Test
    void commandsThatOnlyReadLeaveTheDataFolderExactlyAsItWas() throws Exception {
        assertEquals(0, cli.run("demo", "load"));
        Path base = home.resolve("referent-cpts.mv.db");
        byte[] before = Files.readAllBytes(base);
        FileTime modified = Files.getLastModifiedTime(base);
        byte[] seal = Files.readAllBytes(home.resolve("referent-cpts.seal"));
        assertEquals(0, cli.run("cases", "list", "--json"));
        String id = new ObjectMapper().readTree(cli.out.toString()).get(0).get("id").asText();

        ch.qos.logback.classic.Logger persistence =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("fr.referentcpts.persistence");
        ch.qos.logback.classic.Level level = persistence.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        persistence.addAppender(logged);
        persistence.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            readCommandsLeaveTheFolderAsItWas(id, base, before, modified, seal);
            assertEquals(List.of(), logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList(),
                    "a reading writes nothing in the folder's log either");
            assertEquals(0, cli.run("cases", "new", "--name", "CPTS nouvelle", "--departement", "14"));
            assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith("Base ouverte et migrée")),
                    "a command that writes logs its opening");
        } finally {
            persistence.detachAppender(logged);
            persistence.setLevel(level);
        }
        assertFalse(Arrays.equals(before, Files.readAllBytes(base)), "a command that writes does change the base");
    }

    private void readCommandsLeaveTheFolderAsItWas(String id, Path base, byte[] before, FileTime modified, byte[] seal)
            throws Exception {
        for (String[] command : List.of(new String[] {"cases", "list"}, new String[] {"cases", "agenda"},
                new String[] {"cases", "show", id}, new String[] {"portfolio", "budget"},
                new String[] {"rules", "list"},
                new String[] {"cases", "export", "--all", "--out", other.resolve("tous.cpts").toString()},
                new String[] {"annex", id, "--draft", "--out", other.resolve("annexe.pdf").toString()})) {
            assertEquals(0, cli.run(command), String.join(" ", command) + " : " + cli.err);
            assertArrayEquals(before, Files.readAllBytes(base), String.join(" ", command));
            assertEquals(modified, Files.getLastModifiedTime(base), String.join(" ", command));
            assertArrayEquals(seal, Files.readAllBytes(home.resolve("referent-cpts.seal")), String.join(" ", command));
        }
    }

    /** Closed cleanly, a folder is listed without opening its base — the same lines as the base gives. */
    @Test
    void theListKeptByTheLastCloseIsPrintedWithoutOpeningTheBase() throws Exception {
        try (fr.referentcpts.AppContext window = fr.referentcpts.testing.TestData.open(home)) {
            window.keepCaseListAtClose(); // as the window's close does
            window.demo().load();
        }
        List<List<String>> commands = List.of(List.of("cases", "list"), List.of("cases", "list", "--json"),
                List.of("cases", "list", "--all", "--json"));
        List<String> kept = new java.util.ArrayList<>();
        int readings = cli.readings;
        for (List<String> command : commands) {
            assertEquals(0, cli.run(command.toArray(String[]::new)), cli.err.toString());
            kept.add(cli.out.toString());
        }
        assertEquals(readings, cli.readings, "no base opened");

        Files.delete(home.resolve("referent-cpts.list"));
        for (int i = 0; i < commands.size(); i++) {
            assertEquals(0, cli.run(commands.get(i).toArray(String[]::new)), cli.err.toString());
            assertEquals(cli.out.toString(), kept.get(i), String.join(" ", commands.get(i)));
        }
        assertEquals(readings + commands.size(), cli.readings, "read from the base when nothing is kept");
        assertEquals(0, cli.run("cases", "new", "--name", "CPTS nouvelle", "--departement", "14"));
        assertFalse(Files.exists(home.resolve("referent-cpts.list")), "a command's close keeps none");
        assertTrue(kept.getFirst().contains("CPTS Caen Ouest"), kept.getFirst());
    }

    @Test
    void theTextListShowsFrenchStagesAndDates() {
        cli.run("demo", "load");
        assertEquals("8 dossier(s) d’exemple chargé(s).", cli.out.toString().strip());

        assertEquals(0, cli.run("cases", "list"));
        String text = cli.out.toString();
        assertTrue(text.contains("CPTS Caen Ouest"));
        assertTrue(text.contains("Suivi du contrat"));
        assertTrue(text.contains("22/11/2026"));
    }

    @Test
    void aBadDepartementExitsWithCodeTwoAndAFrenchMessage() {
        assertEquals(2, cli.run("cases", "new", "--name", "X", "--departement", "99"));
        assertEquals("« 99 » n’est pas un département français (code ou nom, ex. : 14 ou Calvados).",
                cli.err.toString().strip());
        assertEquals(0, cli.run("cases", "list", "--json"));
        assertEquals("[ ]", cli.out.toString().strip());
    }

    @Test
    void unknownArgumentsAndMissingOptionsAreExplainedInFrench() {
        assertEquals(2, cli.run("cases", "lister"));
        assertTrue(cli.err.toString().startsWith("Argument inconnu : lister"), cli.err.toString());

        assertEquals(2, cli.run("cases", "new", "--name", "X"));
        assertTrue(cli.err.toString().startsWith("Paramètre obligatoire manquant : --departement"), cli.err.toString());

        assertEquals(2, cli.run("cases"));
        assertTrue(cli.err.toString().contains("Précisez une commande"), cli.err.toString());
    }

    @Test
    void helpAndVersionAreFrench() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out.toString().startsWith("Utilisation : referent-cpts"), cli.out.toString());
        assertTrue(cli.out.toString().contains("Affiche cette aide et quitte."));

        assertEquals(0, cli.run("--version"));
        assertEquals("Référent CPTS 9.9.9", cli.out.toString().strip());
        assertNull(cli.guiStartedOn);
    }

    @Test
    void noSubCommandOpensTheWindowOnTheChosenFolder() {
        assertEquals(0, cli.run("--data-dir", other.toString()));
        assertEquals(other, cli.guiStartedOn);
        assertFalse(cli.err.toString().contains("Exception"));
    }
}
