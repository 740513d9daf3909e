package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the commands share: how to open a data folder, the French messages, the output streams,
 * the passphrase of an encrypted folder and that of an encrypted {@code .cpts} file.
 * Built by {@link fr.referentcpts.Launcher}; tests build one on temporary folders.
 */
public record CliEnvironment(
        Function<Path, AppContext> contexts,
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

    public AppContext open(DataDirOption option) {
        return contexts.apply(dataDir(option));
    }

    public Path dataDir(DataDirOption option) {
        return option.dataDir != null ? option.dataDir : defaultDataDir;
    }
}
