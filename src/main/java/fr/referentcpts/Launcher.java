package fr.referentcpts;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.Passphrases;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Entry point ({@code java -jar referent-cpts.jar}). A separate class from the JavaFX
 * {@link App} so the application starts from the class path. Without a sub-command it opens
 * the window; with one it runs the command headless.
 */
public final class Launcher {
    private static final String EXIT_AFTER_STARTUP = "--exit-after-startup";

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (InvalidPathException e) {
            // A path the system cannot encode (accents under LANG=C): a French sentence, not a stack trace.
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            err.println(new Messages().get("error.pathUnencodable", e.getInput()));
            System.exit(Cli.EXIT_ERROR);
        }
    }

    private static void run(String[] args) {
        Path dataDir = dataDirArgument(args);
        Path effective = dataDir != null ? dataDir : AppPaths.defaultDataDir();
        // Before any logger exists: the rotating log lives in the data folder.
        System.setProperty(fr.referentcpts.io.logging.LogFileConfigurator.DIRECTORY_PROPERTY, effective.resolve("logs").toAbsolutePath().toString());
        // Told where their messages go (as they would find out), commons-logging (PDFBox) does not
        // probe the class path for Log4j and SLF4J (≈ 10 ms of an annex cold), nor SLF4J for
        // its providers (≈ 8 ms of the JavaFX thread at start).
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        setIfAbsent("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN"); // else SLF4J says on stderr it took that provider
        boolean window = opensTheWindowOnly(args);
        Preload.start(window);
        if (window) {
            // The menu entry's launch: no command-line model to build (picocli reflects over
            // every command) before the window; the same as what Cli does without a command.
            App.launchWindow(effective, Arrays.asList(args).contains(EXIT_AFTER_STARTUP));
            System.exit(0);
        }
        Messages.readAhead();
        Messages messages = new Messages();
        Supplier<char[]> passphrases = Passphrases.fromEnvironmentOrConsole(System.getenv(), messages);
        CliEnvironment env = new CliEnvironment(
                dir -> AppContext.open(dir, Clock.systemDefaultZone(), passphrases),
                dir -> AppContext.openForReading(dir, Clock.systemDefaultZone(), passphrases),
                AppPaths.defaultDataDir(),
                messages,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                passphrases, Passphrases.forExports(System.getenv(), messages));
        if (args.length > 0 && AotTraining.OPTIONS.contains(args[0])) {
            System.exit(AotTraining.run(args[0], env, effective));
        }
        // A lambda, not App::launchWindow: linking a method reference loads the class it names, and
        // App (a JavaFX Application, outside the commands' AOT cache) would be loaded and verified
        // from the JAR, with a dozen JavaFX classes, by every command — ≈ 16 ms; now only by the window.
        int exit = Cli.commandLine(env, (dir, exitAfterStartup) -> App.launchWindow(dir, exitAfterStartup),
                BuildInfo.version(), args).execute(args);
        System.exit(exit);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * True when the arguments only open the window: none, or {@code --data-dir DIR} and
     * {@code --exit-after-startup} once each. Anything else (a command, help, a typing error)
     * goes through the command line, which answers it.
     */
    static boolean opensTheWindowOnly(String[] args) {
        boolean dataDir = false;
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(EXIT_AFTER_STARTUP) && !exit) {
                exit = true;
            } else if (args[i].equals("--data-dir") && !dataDir && i + 1 < args.length
                    && !args[i + 1].startsWith("-") && !args[i + 1].isBlank()) {
                dataDir = true;
                i++;
            } else if (args[i].startsWith("--data-dir=") && !dataDir
                    && !args[i].substring("--data-dir=".length()).isBlank()) {
                dataDir = true;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of {@code --data-dir}, read before anything else is set up; null when absent,
     * empty or not a path this system can encode (the command line then refuses it in French).
     */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--data-dir") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--data-dir=") ? args[i].substring("--data-dir=".length()) : null;
            if (value != null) {
                try {
                    return value.isBlank() ? null : Path.of(value);
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
