package fr.referentcpts.cli.funding;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules list|import|export|confirm}: the versions of the ACI rules the application knows,
 * those a cellule confirms once and shares as rules files.
 */
@Command(name = "rules", description = "Versions des règles de l’ACI (barème, calendrier) : liste, confirmation par "
        + "la cellule, export et import.", synopsisSubcommandLabel = "COMMANDE")
public final class RulesCommand extends GroupCommand {
    public RulesCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "list", description = "Liste les versions connues, leur état (complète ou montants à confirmer) "
            + "et leurs confirmations.")
    int list(@Mixin DataDirOption dataDir) {
        try (AppContext context = env.openForReading(dataDir)) {
            RulesCatalog catalog = context.rules();
            for (RulesVersion v : catalog.versions()) {
                long open = v.cellsToConfirm();
                String state = open == 0 ? env.messages().get("cli.rules.complete")
                        : env.messages().get("cli.rules.toConfirm", open);
                env.out().println(env.messages().get("cli.rules.line", v.id(), v.title(),
                        FrenchFormat.date(v.inForce()), state));
                if (v.confirmedByCellule()) {
                    var c = v.confirmation();
                    env.out().println(env.messages().get("cli.rules.confirmation", c.completes(), c.confirmedBy(),
                            FrenchFormat.date(c.confirmedOn()), c.text()));
                }
                RulesVersion latest = catalog.latest(v);
                if (!v.confirmedByCellule() && latest != v) {
                    env.out().println(env.messages().get("cli.rules.latest", latest.id()));
                }
            }
        }
        return 0;
    }

    @Command(name = "import", description = "Importe un fichier de règles (version confirmée par la cellule, texte "
            + "corrigé ou plus récent), validé strictement.")
    int importFile(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "FICHIER", description = "Fichier JSON de règles.") Path file) {
        byte[] content = read(file);
        try (AppContext context = env.open(dataDir)) {
            RulesVersion version = context.rulesService().importFile(content, String.valueOf(file.getFileName()));
            env.out().println(env.messages().get("cli.rules.imported", version.id(), version.title()));
        }
        return 0;
    }

    @Command(name = "export", description = "Écrit une version des règles dans un fichier, pour que la cellule "
            + "l’importe.")
    int export(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "ID", description = "Identifiant de la version (voir rules list).") String id,
            @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier JSON à écrire.")
            Path out) {
        try (AppContext context = env.openForReading(dataDir)) {
            if (context.rules().find(id).isEmpty()) {
                throw new DomainException("cli.rules.unknown", id);
            }
            byte[] content = context.rulesService().export(id);
            try {
                Files.write(out, content);
            } catch (IOException e) {
                throw new DomainException("cli.rules.writeFailed", e, out.toString());
            }
            env.out().println(env.messages().get("cli.rules.exported", id, out));
        }
        return 0;
    }

    @Command(name = "confirm", description = "Crée la version confirmée par la cellule à partir d’un fichier de "
            + "confirmation (id, completes, confirmedBy, confirmedOn, text, amounts).")
    int confirm(@Mixin DataDirOption dataDir,
            @Option(names = "--from", required = true, paramLabel = "FICHIER",
                    description = "Fichier JSON de la confirmation.") Path from) {
        byte[] content = read(from);
        try (AppContext context = env.open(dataDir)) {
            RulesVersion confirmed = context.rulesService().confirm(ConfirmationFile.read(content,
                    String.valueOf(from.getFileName())));
            env.out().println(env.messages().get("cli.rules.confirmed", confirmed.id(),
                    confirmed.confirmation().completes(), confirmed.cellsToConfirm()));
        }
        return 0;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("funding.json.unreadable", e, file.toString());
        }
    }
}
