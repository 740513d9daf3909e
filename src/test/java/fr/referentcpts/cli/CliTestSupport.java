package fr.referentcpts.cli;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process on a temporary data folder and captures its output. */
public final class CliTestSupport {
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    public Path guiStartedOn;
    /** The passphrase an encrypted folder is opened with (as REFERENT_CPTS_PASSPHRASE would give it). */
    public String passphrase;
    /** The passphrase of encrypted .cpts files (as REFERENT_CPTS_EXPORT_PASSPHRASE would give it). */
    public String exportPassphrase;
    /** How many times a command opened a database to read it. */
    public int readings;
    private final Path defaultDataDir;

    public CliTestSupport(Path defaultDataDir) {
        this.defaultDataDir = defaultDataDir;
    }

    public int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        java.util.function.Supplier<char[]> passphrases = () -> passphrase == null ? null : passphrase.toCharArray();
        CliEnvironment env = new CliEnvironment(dir -> fr.referentcpts.AppContext.open(dir, TestData.CLOCK, passphrases),
                dir -> {
                    readings++;
                    return fr.referentcpts.AppContext.openForReading(dir, TestData.CLOCK, passphrases);
                },
                defaultDataDir, new Messages(), new PrintWriter(out, true), new PrintWriter(err, true), passphrases,
                () -> exportPassphrase == null ? null : exportPassphrase.toCharArray());
        return Cli.commandLine(env, (dir, exit) -> guiStartedOn = dir, "9.9.9", args).execute(args);
    }
}
