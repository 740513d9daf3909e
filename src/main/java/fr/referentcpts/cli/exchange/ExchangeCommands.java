package fr.referentcpts.cli.exchange;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Passphrases;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.i18n.ChangeText;
import fr.referentcpts.core.exchange.ExchangeFiles;
import java.nio.file.Path;
import java.util.List;

/** {@code cases export} and {@code cases import}: case files as portable {@code .cpts} documents. */
public final class ExchangeCommands {
    private final CliEnvironment env;

    public ExchangeCommands(CliEnvironment env) {
        this.env = env;
    }

    /** {@code encrypt}: AES-256-GCM with the export passphrase ({@link Passphrases#EXPORT_VARIABLE} or asked). */
    public int export(DataDirOption dataDir, List<String> ids, boolean all, Path out, boolean encrypt) {
        char[] passphrase = encrypt ? env.exportPassphrases().get() : null;
        if (encrypt && System.getenv(Passphrases.EXPORT_VARIABLE) == null && System.console() != null
                && !java.util.Arrays.equals(passphrase, env.exportPassphrases().get())) {
            throw new fr.referentcpts.core.common.DomainException("error.passphraseMismatch");
        }
        try (AppContext context = env.openForReading(dataDir)) {
            List<CaseFile> cases = all ? context.caseFiles().list()
                    : ids.stream().map(context.caseFiles()::resolve).toList();
            int count = context.exchangeFiles().export(cases.stream().map(CaseFile::id).toList(), out, passphrase);
            env.out().println(env.messages().get("cli.exchange.exported", count, out));
        }
        return 0;
    }

    /** {@code replaceNewer}: replace a case by an older version of it (the plan says what would be lost). */
    public int importFile(DataDirOption dataDir, Path file, boolean dryRun, boolean replaceNewer) {
        try (AppContext context = env.open(dataDir)) {
            ExchangeFiles files = context.exchangeFiles();
            List<CaseImport> plan = files.plan(file, env.exportPassphrases());
            new ChangeText(env.messages()).describe(plan).forEach(env.out()::println);
            if (dryRun) {
                files.abandon();
                env.out().println(env.messages().get("cli.exchange.dryRun"));
            } else {
                env.out().println(env.messages().get("cli.exchange.imported", files.apply(plan, replaceNewer)));
            }
        }
        return 0;
    }
}
