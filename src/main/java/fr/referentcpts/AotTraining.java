package fr.referentcpts;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packager's training run ({@code --aot-training --data-dir DIR}, on the demonstration
 * portfolio): the JDK's AOT cache keeps what one run loads and links, so that run goes through
 * every path a referent starts the application for — the command line's list, funding, budget
 * and annex (PDF fonts included), then the window up to its first usable list and the home
 * figures — in one process. {@code --aot-training-commands} runs the command-line paths alone,
 * for the smaller cache the Linux launcher gives a command.
 * Not a user command: it writes a draft annex and a funding input into the data folder.
 */
final class AotTraining {
    static final String OPTION = "--aot-training";
    /** The command-line paths alone: the training of the commands' own cache (Linux launcher). */
    static final String COMMANDS_OPTION = "--aot-training-commands";
    /**
     * The window alone, with what it does for an annex: the training of the window's cache when
     * the commands have theirs (Linux launcher), without the classes only commands use.
     */
    static final String WINDOW_OPTION = "--aot-training-window";
    /**
     * The commands that open no data folder (a funding computation, the version, the help): the
     * training of their own, smaller cache (Linux launcher) — a cache holding every command's
     * classes makes the JVM load them all before {@code main}, ≈ 0.15 s for a funding of 0.3 s.
     */
    static final String NO_FOLDER_OPTION = "--aot-training-no-folder";
    static final List<String> OPTIONS = List.of(OPTION, COMMANDS_OPTION, WINDOW_OPTION, NO_FOLDER_OPTION);
    /** The resolution of the window's annex preview at 100 %. */
    private static final float PREVIEW_DPI = 96;
    /** A case file of {@code cases list --json}: its id, then its stage. */
    private static final Pattern CASE = Pattern.compile(
            "\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"[^}]*?\"stage\"\\s*:\\s*\"([A-Z_]+)\"");

    private AotTraining() {
    }

    /**
     * The training run {@code option} (one of {@link #OPTIONS}) on {@code dataDir}: the paths it
     * names, then the window unless it trains the commands alone; the process's exit code.
     */
    static int run(String option, CliEnvironment env, Path dataDir) {
        int failed = switch (option) {
            case WINDOW_OPTION -> annexPaths(dataDir, Clock.systemDefaultZone(), env.err());
            case NO_FOLDER_OPTION -> noFolderPaths(env, dataDir);
            default -> commandLinePaths(env, dataDir);
        };
        if (option.equals(OPTION) || option.equals(WINDOW_OPTION)) {
            App.launchWindow(dataDir, true);
        }
        return failed == 0 ? 0 : Cli.EXIT_ERROR;
    }

    /** Runs the command-line paths; returns the number of them that failed (each is printed). */
    static int commandLinePaths(CliEnvironment base, Path dataDir) {
        String dir = dataDir.toString();
        List<String> ids = onePerStage(execute(base, dataDir, "cases", "list", "--json", "--data-dir", dir));
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"cases", "list", "--data-dir", dir});
        commands.add(new String[] {"funding", "--input", fundingInput(dataDir).toString(), "--format", "text"});
        commands.add(new String[] {"portfolio", "budget", "--data-dir", dir});
        commands.add(new String[] {"cases", "agenda", "--data-dir", dir});
        // A case file of each stage: what an annex checks and prints depends on it (the follow-up's
        // requirements, the contract's records), and what the training leaves out is loaded cold.
        for (String id : ids) {
            commands.add(new String[] {"cases", "show", id, "--data-dir", dir});
            commands.add(new String[] {"annex", id, "--draft", "--out", dataDir.resolve("training-annex.pdf").toString(),
                    "--data-dir", dir});
        }
        return executeAll(base, dataDir, commands);
    }

    /** Runs the commands that open no data folder; returns the number of them that failed. */
    static int noFolderPaths(CliEnvironment base, Path dataDir) {
        String input = fundingInput(dataDir).toString();
        return executeAll(base, dataDir, List.of(
                new String[] {"funding", "--input", input, "--format", "text"},
                new String[] {"funding", "--input", input},
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"funding", "--help"}));
    }

    private static int executeAll(CliEnvironment base, Path dataDir, List<String[]> commands) {
        int failed = 0;
        for (String[] command : commands) {
            failed += execute(base, dataDir, command) == null ? 1 : 0;
        }
        return failed;
    }

    private static Path fundingInput(Path dataDir) {
        Path input = dataDir.resolve("training-funding.json");
        write(input, """
                {"population": 105452, "signatureDate": "2026-03-15", "rulesVersion": "ACI-2019",
                 "missions": [{"code": "ACCESS", "startDate": "2026-03-15", "snpOrientation": true},
                              {"code": "PATHWAYS", "startDate": "2026-09-01"}]}
                """);
        return input;
    }

    /**
     * The command's output, or null (and its error printed) if it failed. Launched as the
     * launcher does.
     */
    private static String execute(CliEnvironment base, Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(base.contexts(), base.readers(), base.defaultDataDir(), base.messages(),
                new PrintWriter(out, true), base.err(), base.passphrases(), base.exportPassphrases());
        int exit = Cli.commandLine(env, (dir, exitAfterStartup) -> {
        }, BuildInfo.version(), args).execute(args);
        base.out().println("training: " + String.join(" ", args) + " → " + exit);
        return exit == 0 ? out.toString() : null;
    }

    /**
     * What the window does with an annex, without the window: a draft of the first case file and
     * its first page as an image at the preview's resolution (PDFBox's layout and rendering in
     * the cache). Returns 1 and prints why if it failed, 0 otherwise.
     */
    static int annexPaths(Path dataDir, Clock clock, PrintWriter err) {
        try (AppContext context = AppContext.open(dataDir, clock, () -> null)) {
            List<CaseFile> cases = context.caseFiles().list();
            if (cases.isEmpty()) {
                err.println("training: no case file for the annex");
                return 1;
            }
            GeneratedAnnex draft = context.annexes().generate(cases.getFirst().id(), true);
            context.pages().render(draft.content(), 0, PREVIEW_DPI);
            return 0;
        } catch (RuntimeException e) {
            err.println("training: annex preview → " + e);
            return 1;
        }
    }

    /** The first case file of each stage in {@code cases list --json}, in the list's order. */
    static List<String> onePerStage(String json) {
        Map<String, String> firsts = new LinkedHashMap<>();
        if (json != null) {
            Matcher found = CASE.matcher(json);
            while (found.find()) {
                firsts.putIfAbsent(found.group(2), found.group(1));
            }
        }
        return List.copyOf(firsts.values());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
