package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the commands share: how to open a data folder, the French messages, the output streams.
 * Built by {@link fr.referentcpts.Launcher}; tests build one on temporary folders.
 */
public record CliEnvironment(
        Function<Path, AppContext> contexts,
        Path defaultDataDir,
        Messages messages,
        PrintWriter out,
        PrintWriter err) {

    public AppContext open(DataDirOption option) {
        return contexts.apply(dataDir(option));
    }

    public Path dataDir(DataDirOption option) {
        return option.dataDir != null ? option.dataDir : defaultDataDir;
    }
}
