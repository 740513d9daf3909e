package fr.referentcpts;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Entry point ({@code java -jar referent-cpts.jar}). A separate class from the JavaFX
 * {@link App} so the application starts from the class path. Without a sub-command it opens
 * the window; with one it runs the command headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataDir = dataDirArgument(args);
        Path effective = dataDir != null ? dataDir : AppPaths.defaultDataDir();
        // Before any logger exists: the rotating log lives in the data folder.
        System.setProperty("referentcpts.logdir", effective.resolve("logs").toAbsolutePath().toString());
        CliEnvironment env = new CliEnvironment(
                dir -> AppContext.open(dir, Clock.systemDefaultZone()),
                AppPaths.defaultDataDir(),
                new Messages(),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        int exit = Cli.commandLine(env, App::launchWindow, BuildInfo.version()).execute(args);
        System.exit(exit);
    }

    /** The value of {@code --data-dir}, read before anything else is set up. */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
