package fr.referentcpts.cli;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line. Without a sub-command it opens the window; with one it runs headless.
 * Every error ends with exit code 2 and a French sentence on stderr, never a stack trace.
 */
@Command(name = "referent-cpts",
        description = "Référent CPTS : suivi des projets de CPTS, financement de l’ACI, annexes du contrat.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n",
        commandListHeading = "%nCommandes :%n", parameterListHeading = "%nParamètres :%n",
        synopsisSubcommandLabel = "[COMMANDE]", sortOptions = false)
public final class Cli implements Callable<Integer> {
    public static final int EXIT_ERROR = 2;

    /** Opens the window on a data folder. */
    public interface GuiStarter {
        void start(Path dataDir, boolean exitAfterStartup);
    }

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--exit-after-startup",
            description = "Ouvre la fenêtre, attend l’affichage de la liste puis des chiffres de l’accueil, "
                    + "affiche les temps de démarrage et quitte.")
    boolean exitAfterStartup;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide et quitte.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version et quitte.")
    boolean version;

    private final CliEnvironment env;
    private final GuiStarter gui;

    private Cli(CliEnvironment env, GuiStarter gui) {
        this.env = env;
        this.gui = gui;
    }

    @Override
    public Integer call() {
        gui.start(dataDir.dataDir != null ? dataDir.dataDir : env.defaultDataDir(), exitAfterStartup);
        return 0;
    }

    /**
     * The command line that runs {@code args}: the root and, when they name a top-level command,
     * that command's tree only (picocli reflects over every class it is given, a third of a
     * second for all of them) — for {@code cases}, the one sub-command named; the root alone for
     * the version; without a command, or with help
     * or a typing error, the whole of it, so that the help lists every command.
     */
    public static CommandLine commandLine(CliEnvironment env, GuiStarter gui, String version, String[] args) {
        String invoked = TopLevelCommands.invoked(args);
        if (invoked == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return configured(env, gui, version, List.of(), null); // the version names no command
        }
        return invoked == null ? commandLine(env, gui, version)
                : configured(env, gui, version, List.of(invoked), TopLevelCommands.invokedSubcommand(args));
    }

    /** The whole command line: every command, French error handling, output streams. */
    public static CommandLine commandLine(CliEnvironment env, GuiStarter gui, String version) {
        return configured(env, gui, version, TopLevelCommands.NAMES, null);
    }

    private static CommandLine configured(CliEnvironment env, GuiStarter gui, String version, List<String> commands,
            String subcommand) {
        CommandLine cl = new CommandLine(new Cli(env, gui));
        cl.getCommandSpec().version("Référent CPTS " + version);
        for (String name : commands) {
            CommandLine command = TopLevelCommands.build(name, subcommand, env);
            cl.addSubcommand(command);
            frenchLayout(command);
        }
        // After the sub-commands: picocli passes these settings on to those it already has.
        cl.registerConverter(Path.class, new PathConverter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setParameterExceptionHandler((e, args) -> parameterError(env, e));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionError(env, e));
        return cl;
    }

    private static void frenchLayout(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        usage.synopsisHeading("Utilisation : ").optionListHeading("%nOptions :%n")
                .commandListHeading("%nCommandes :%n").parameterListHeading("%nParamètres :%n")
                .descriptionHeading("%n");
        cl.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                .usageHelp(true).description("Affiche cette aide et quitte.").build());
        cl.getSubcommands().values().forEach(Cli::frenchLayout);
    }

    private static int parameterError(CliEnvironment env, CommandLine.ParameterException e) {
        Messages messages = env.messages();
        String message;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = messages.get("cli.error.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            message = messages.get("cli.error.missingParameter", missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        } else if (e.getCause() instanceof DomainException domain) {
            message = messages.get(domain);
        } else if (e.getArgSpec() != null) {
            String name = e.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                    : e.getArgSpec().paramLabel();
            message = messages.get("cli.error.invalidValue", name);
        } else {
            message = messages.get("cli.error.invalidCommand");
        }
        env.err().println(message);
        env.err().println(messages.get("cli.error.seeHelp", e.getCommandLine().getCommandSpec().qualifiedName()));
        env.err().flush();
        return EXIT_ERROR;
    }

    private static int executionError(CliEnvironment env, Exception e) {
        // Obtained here, not in a constant: a command that logs nothing (the version, the help, a
        // computation) then never sets logback up, a third of a second of its cold start.
        Logger log = LoggerFactory.getLogger(Cli.class);
        if (e instanceof DomainException domain) {
            if (domain.getCause() != null) {
                log.warn("Commande refusée : {}", domain.getMessage(), domain);
            } else {
                log.info("Commande refusée : {}", domain.getMessage());
            }
            env.err().println(env.messages().get(domain));
        } else {
            log.error("Erreur inattendue dans une commande", e);
            env.err().println(env.messages().get("error.unexpected"));
        }
        env.err().flush();
        return EXIT_ERROR;
    }
}
