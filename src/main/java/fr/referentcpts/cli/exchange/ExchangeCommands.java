package fr.referentcpts.cli.exchange;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Passphrases;

import fr.referentcpts.AppContext;
import fr.referentcpts.BuildInfo;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.i18n.ChangeText;
import fr.referentcpts.io.exchange.CptsArchive;
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
        try (AppContext context = env.open(dataDir)) {
            List<CaseFile> cases = all ? context.caseFiles().list()
                    : ids.stream().map(context.caseFiles()::resolve).toList();
            List<CaseBundle> bundles = context.exchange().bundles(cases.stream().map(CaseFile::id).toList());
            CptsArchive.write(bundles, out, "Référent CPTS " + BuildInfo.version(), passphrase);
            env.out().println(env.messages().get("cli.exchange.exported", bundles.size(), out));
        }
        return 0;
    }

    /** {@code replaceNewer}: replace a case by an older version of it (the plan says what would be lost). */
    public int importFile(DataDirOption dataDir, Path file, boolean dryRun, boolean replaceNewer) {
        try {
            List<CaseBundle> bundles = CptsArchive.read(file, env.exportPassphrases());
            importBundles(dataDir, bundles, dryRun, replaceNewer);
        } finally {
            CptsArchive.discardDecrypted();
        }
        return 0;
    }

    private void importBundles(DataDirOption dataDir, List<CaseBundle> bundles, boolean dryRun, boolean replaceNewer) {
        try (AppContext context = env.open(dataDir)) {
            List<CaseImport> plan = context.exchange().plan(bundles);
            new ChangeText(env.messages()).describe(plan).forEach(env.out()::println);
            if (dryRun) {
                env.out().println(env.messages().get("cli.exchange.dryRun"));
            } else {
                context.exchange().apply(plan, replaceNewer);
                env.out().println(env.messages().get("cli.exchange.imported", plan.size()));
            }
        }
    }
}
