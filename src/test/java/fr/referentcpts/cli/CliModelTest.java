package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line builds only the tree of the command it runs; what a user sees stays that of
 * the whole command line: the help lists every command, a typing error is answered the same way.
 */
class CliModelTest {
    @TempDir
    Path home;

    private CommandLine model(String... args) {
        CliEnvironment env = new CliEnvironment(dir -> {
            throw new AssertionError("building the command line opens no data folder");
        }, home, new Messages(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return Cli.commandLine(env, (dir, exit) -> {
            throw new AssertionError("no window");
        }, "9.9.9", args);
    }

    @Test
    void theTableOfNamesIsTheWholeCommandLineInTheOrderOfItsHelp() {
        assertEquals(TopLevelCommands.NAMES, List.copyOf(model().getSubcommands().keySet()));
        for (String name : TopLevelCommands.NAMES) {
            assertEquals(name, model(name).getSubcommands().get(name).getCommandName(), "@Command(name) of " + name);
        }
    }

    @Test
    void aCommandBuildsItsOwnTreeOnly() {
        CommandLine cl = model("--data-dir", home.toString(), "--exit-after-startup", "cases", "list");
        assertEquals(List.of("cases"), List.copyOf(cl.getSubcommands().keySet()));
        assertEquals(List.of("list"), List.copyOf(cl.getSubcommands().get("cases").getSubcommands().keySet()),
                "cases list builds list only");
        assertEquals(List.of("server"), List.copyOf(model("--data-dir=" + home, "server", "status")
                .getSubcommands().keySet()));
    }

    @Test
    void theCasesCommandsAreAllThereForItsHelpAndItsErrorsAndEachIsTheOneNamed() {
        List<String> all = List.of("list", "new", "export", "import", "show", "advance", "agenda");
        for (String[] args : List.of(new String[] {"cases"}, new String[] {"cases", "--help"},
                new String[] {"cases", "lst"}, new String[] {"cases", "List"}, new String[] {"--data-dir", "list", "cases"})) {
            assertEquals(all, List.copyOf(model(args).getSubcommands().get("cases").getSubcommands().keySet()),
                    String.join(" ", args));
        }
        assertEquals(all, List.copyOf(model().getSubcommands().get("cases").getSubcommands().keySet()));
        for (String name : all) {
            CommandLine cases = model("--data-dir", "cases", "cases", name, "--json").getSubcommands().get("cases");
            assertEquals(List.of(name), List.copyOf(cases.getSubcommands().keySet()));
            assertEquals(name, cases.getSubcommands().get(name).getCommandName(), "@Command(name) of " + name);
        }
    }

    @Test
    void withoutAKnownCommandTheWholeCommandLineIsBuilt() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-V", "cases"},
                new String[] {"help"}, new String[] {"casse"}, new String[] {"--data-dir", "cases"},
                new String[] {"--data-dir"}, new String[] {"--exit-after-startup", "Cases"})) {
            assertEquals(TopLevelCommands.NAMES, List.copyOf(model(args).getSubcommands().keySet()),
                    String.join(" ", args));
        }
        assertNull(TopLevelCommands.invoked(new String[] {"--data-dir", "funding"}));
    }

    @Test
    void theRootHelpListsEveryCommandAndTheVersionIsPrinted() {
        CliTestSupport cli = new CliTestSupport(home);
        assertEquals(0, cli.run("--help"));
        String help = cli.out.toString();
        assertTrue(help.startsWith("Utilisation : referent-cpts"), help);
        String commands = help.substring(help.indexOf("Commandes :"));
        for (String name : TopLevelCommands.NAMES) {
            assertTrue(commands.contains("\n  " + name + " "), name + " listed in\n" + help);
        }
        assertTrue(commands.contains("Dossiers CPTS : lister, créer, suivre le parcours, échéances."), help);

        assertEquals(0, cli.run("--version"));
        assertEquals("Référent CPTS 9.9.9", cli.out.toString().strip());
        assertEquals(0, cli.run("-V"));
        assertEquals("Référent CPTS 9.9.9", cli.out.toString().strip());
    }

    /** The version alone builds no command: reflecting over all of them took most of its time. */
    @Test
    void theVersionAloneBuildsNoCommand() {
        assertTrue(model("--version").getSubcommands().isEmpty());
        assertTrue(model("-V").getSubcommands().isEmpty());
    }

    @Test
    void aTypingErrorIsAnsweredInFrenchWithTheHelpToSee() {
        CliTestSupport cli = new CliTestSupport(home);
        assertEquals(2, cli.run("casse", "list"));
        assertEquals(List.of("Argument inconnu : casse list", "Voir « referent-cpts --help »."),
                cli.err.toString().lines().toList());

        assertEquals(2, cli.run("rules", "lst"));
        assertEquals(List.of("Argument inconnu : lst", "Voir « referent-cpts rules --help »."),
                cli.err.toString().lines().toList());
    }

    @Test
    void commandsOfTheBuiltTreeRunWithTheFrenchLayoutAndConverters() {
        CliTestSupport cli = new CliTestSupport(home);
        assertEquals(0, cli.run("cases", "list", "--help"));
        assertTrue(cli.out.toString().startsWith("Utilisation : referent-cpts cases list"), cli.out.toString());
        assertTrue(cli.out.toString().contains("Affiche cette aide et quitte."), cli.out.toString());

        assertEquals(0, cli.run("cases", "list", "--json", "--data-dir", home.resolve("vide").toString()));
        assertEquals("[ ]", cli.out.toString().strip());

        assertEquals(0, cli.run("--data-dir", home.toString(), "rules", "list"));
        assertTrue(cli.out.toString().contains("ACI-2019"), cli.out.toString());

        assertEquals(2, cli.run("server", "status", "--data-dir", home.toString()));
        assertTrue(cli.err.toString().contains("server connect URL --user UTILISATEUR"), cli.err.toString());

        assertEquals(2, cli.run("cases", "list", "--data-dir="));
        assertTrue(cli.err.toString().startsWith("Chemin vide"), cli.err.toString());
    }

    @Test
    void aRefusedCommandIsStillLoggedWithoutALoggerMadeInAdvance() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Cli.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            CliTestSupport cli = new CliTestSupport(home);
            assertEquals(2, cli.run("funding", "--input", home.resolve("absent.json").toString()));
            assertEquals(List.of("Commande refusée : funding.json.unreadable [" + home.resolve("absent.json") + "]"),
                    logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        } finally {
            logger.detachAppender(logged);
        }
    }
}
