package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;
import fr.referentcpts.cli.Json;
import fr.referentcpts.cli.exchange.ExchangeCommands;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cases list} and {@code cases new}. */
@Command(name = "cases", description = "Dossiers CPTS : lister, créer, suivre le parcours, échéances.",
        synopsisSubcommandLabel = "COMMANDE")
public final class CasesCommand extends GroupCommand {
    public CasesCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "list", description = "Liste les dossiers (id, nom, département, étape, dernière modification).")
    int list(@Mixin DataDirOption dataDir,
            @Option(names = "--json", description = "Sortie JSON.") boolean json,
            @Option(names = "--all", description = "Inclut les dossiers archivés.") boolean all) {
        try (AppContext context = env.openForReading(dataDir)) {
            List<CaseFile> cases = context.caseFiles().list().stream().filter(c -> all || !c.archived()).toList();
            if (json) {
                env.out().println(Json.write(cases.stream().map(this::toJson).toList()));
            } else {
                printTable(cases);
            }
        }
        return 0;
    }

    @Command(name = "new", description = "Crée un dossier à l’étape pré-projet.")
    int create(@Mixin DataDirOption dataDir,
            @Option(names = "--name", required = true, paramLabel = "NOM", description = "Nom du projet de CPTS.") String name,
            @Option(names = "--departement", required = true, paramLabel = "DEP", description = "Code ou nom du département.") String departement,
            @Option(names = "--referent", paramLabel = "NOM", description = "Nom du référent.") String referent,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        try (AppContext context = env.open(dataDir)) {
            CaseFile created = context.caseFiles().create(new CaseIdentity(name, departement, referent, ""));
            Messages messages = env.messages();
            env.out().println(json ? Json.write(toJson(created))
                    : messages.get("cli.cases.created", created.name(), created.id()));
        }
        return 0;
    }

    @Command(name = "export", description = "Exporte un ou plusieurs dossiers dans un fichier .cpts.")
    int export(@Mixin DataDirOption dataDir,
            @picocli.CommandLine.Parameters(paramLabel = "ID", arity = "0..*",
                    description = "Identifiants (ou leurs premiers caractères, 4 au moins).") List<String> ids,
            @Option(names = "--all", description = "Exporte tous les dossiers.") boolean all,
            @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier .cpts à écrire.")
            java.nio.file.Path out,
            @Option(names = "--encrypt", description = "Chiffre le fichier (AES-256-GCM) avec une phrase de passe "
                    + "(variable REFERENT_CPTS_EXPORT_PASSPHRASE, ou demandée).") boolean encrypt) {
        if (!all && (ids == null || ids.isEmpty())) {
            throw new fr.referentcpts.core.common.ValidationException("ids", "cli.exchange.idsRequired");
        }
        return new ExchangeCommands(env).export(dataDir, ids == null ? List.of() : ids, all, out, encrypt);
    }

    @Command(name = "import", description = "Importe un fichier .cpts (nouveaux dossiers ou mise à jour).")
    int importFile(@Mixin DataDirOption dataDir,
            @picocli.CommandLine.Parameters(paramLabel = "FICHIER", description = "Fichier .cpts à lire.")
            java.nio.file.Path file,
            @Option(names = "--dry-run", description = "Montre les changements sans rien écrire.") boolean dryRun,
            @Option(names = "--replace-newer", description = "Remplace un dossier par une version plus ancienne "
                    + "(refusé sans cette option ; l’aperçu dit ce qui disparaîtrait).") boolean replaceNewer) {
        return new ExchangeCommands(env).importFile(dataDir, file, dryRun, replaceNewer);
    }

    private Map<String, Object> toJson(CaseFile c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id().toString());
        row.put("name", c.name());
        row.put("departement", c.departement());
        row.put("stage", c.stage().name());
        row.put("stageLabel", env.messages().get(c.stage()));
        row.put("archived", c.archived());
        row.put("updatedAt", c.updatedAt().toString());
        return row;
    }

    private void printTable(List<CaseFile> cases) {
        Messages messages = env.messages();
        if (cases.isEmpty()) {
            env.out().println(messages.get("cli.cases.none"));
            return;
        }
        String format = "%-36s  %-40s  %-4s  %-32s  %s%n";
        env.out().printf(format, messages.get("cli.cases.header.id"), messages.get("cli.cases.header.name"),
                messages.get("cli.cases.header.departement"), messages.get("cli.cases.header.stage"),
                messages.get("cli.cases.header.updated"));
        for (CaseFile c : cases) {
            env.out().printf(format, c.id(), c.name(), c.departement(), messages.get(c.stage()),
                    FrenchFormat.dateTime(c.updatedAt(), ZoneId.systemDefault()));
        }
    }
}
