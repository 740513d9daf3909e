package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.io.rules.ImportedRules;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rules list} and {@code rules import FILE}: the versions of the ACI rules the app knows. */
@Command(name = "rules", description = "Versions des règles de l’ACI (barème, calendrier).", synopsisSubcommandLabel = "COMMANDE")
public final class RulesCommand extends GroupCommand {
    public RulesCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "list", description = "Liste les versions des règles connues.")
    int list(@Mixin DataDirOption dataDir) {
        try (AppContext context = env.open(dataDir)) {
            for (RulesVersion v : context.rules().versions()) {
                env.out().println(env.messages().get("cli.rules.line", v.id(), v.title(), FrenchFormat.date(v.inForce())));
            }
        }
        return 0;
    }

    @Command(name = "import", description = "Importe un fichier de règles corrigé ou plus récent (validé).")
    int importFile(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "FICHIER", description = "Fichier JSON de règles.") Path file) {
        try (AppContext context = env.open(dataDir)) {
            RulesVersion version = ImportedRules.importInto(context.dataDir(), context.rules(), file);
            env.out().println(env.messages().get("cli.rules.imported", version.id(), version.title()));
        }
        return 0;
    }
}
