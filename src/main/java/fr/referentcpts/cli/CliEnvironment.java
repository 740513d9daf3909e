package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the commands share: how to open a data folder ({@code contexts}; {@code readers} for a
 * command that only reads it), the French messages, the output streams,
 * the passphrase of an encrypted folder and that of an encrypted {@code .cpts} file.
 * Built by {@link fr.referentcpts.Launcher}; tests build one on temporary folders.
 */
public record CliEnvironment(
        Function<Path, AppContext> contexts,
        Function<Path, AppContext> readers,
        Path defaultDataDir,
        Messages messages,
        PrintWriter out,
        PrintWriter err,
        Supplier<char[]> passphrases,
        Supplier<char[]> exportPassphrases) {

    /** Without a passphrase: an encrypted folder is then refused (tests, commands that open no folder). */
    public CliEnvironment(Function<Path, AppContext> contexts, Path defaultDataDir, Messages messages, PrintWriter out,
            PrintWriter err) {
        this(contexts, defaultDataDir, messages, out, err, () -> null, () -> null);
    }

    /** Commands that only read open the folder as the others do (tests of a command's output). */
    public CliEnvironment(Function<Path, AppContext> contexts, Path defaultDataDir, Messages messages, PrintWriter out,
            PrintWriter err, Supplier<char[]> passphrases, Supplier<char[]> exportPassphrases) {
        this(contexts, contexts, defaultDataDir, messages, out, err, passphrases, exportPassphrases);
    }

    public AppContext open(DataDirOption option) {
        return contexts.apply(dataDir(option));
    }

    /**
     * Opens the data folder for a command that lists, shows or prints without changing anything:
     * the folder is left exactly as it was (no seal, no backup, no rewritten file).
     */
    public AppContext openForReading(DataDirOption option) {
        return readers.apply(dataDir(option));
    }

    public Path dataDir(DataDirOption option) {
        return option.dataDir != null ? option.dataDir : defaultDataDir;
    }
}
