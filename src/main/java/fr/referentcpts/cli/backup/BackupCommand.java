package fr.referentcpts.cli.backup;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;
import fr.referentcpts.cli.Json;

import fr.referentcpts.AppContext;
import fr.referentcpts.DataFolders;
import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.i18n.BackupText;
import fr.referentcpts.i18n.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backup list|create|restore}: the database's verified backups in the data folder's {@code backups/}. */
@Command(name = "backup", description = "Sauvegardes de la base : lister, créer, restaurer.",
        synopsisSubcommandLabel = "COMMANDE")
public final class BackupCommand extends GroupCommand {
    public BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "list", description = "Liste les sauvegardes vérifiées (date, nombre de dossiers, taille), "
            + "la plus récente d’abord.")
    int list(@Mixin DataDirOption dataDir, @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        List<BackupInfo> backups = DataFolders.backups(env.dataDir(dataDir), Clock.systemDefaultZone(),
                env.passphrases()).list();
        Messages messages = env.messages();
        if (json) {
            env.out().println(Json.write(backups.stream().map(BackupCommand::toJson).toList()));
        } else if (backups.isEmpty()) {
            env.out().println(messages.get("cli.backup.none"));
        } else {
            backups.forEach(b -> env.out().println(describe(messages, b)));
        }
        return 0;
    }

    @Command(name = "create", description = "Fait une sauvegarde maintenant (dossier de données fermé ailleurs).")
    int create(@Mixin DataDirOption dataDir) {
        try (AppContext context = env.open(dataDir)) {
            BackupInfo made = context.backupNow();
            env.out().println(env.messages().get("cli.backup.created", describe(env.messages(), made)));
        }
        return 0;
    }

    @Command(name = "restore", description = "Remplace la base par une sauvegarde ; la base actuelle est gardée "
            + "de côté dans backups/. Refusé tant que l’application ou une commande utilise le dossier.")
    int restore(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "NOM", description = "Nom de la sauvegarde (voir « backup list »).") String name) {
        Backups backups = DataFolders.backups(env.dataDir(dataDir), Clock.systemDefaultZone(), env.passphrases());
        Backups.Restored restored = backups.restore(name);
        Messages messages = env.messages();
        env.out().println(messages.get("cli.backup.restored", describe(messages, restored.backup())));
        if (!restored.keptAside().isEmpty()) {
            env.out().println(messages.get("cli.backup.keptAside", restored.keptAside()));
        }
        return 0;
    }

    static String describe(Messages messages, BackupInfo b) {
        return BackupText.line(messages, b, ZoneId.systemDefault());
    }

    private static Map<String, Object> toJson(BackupInfo b) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", b.name());
        row.put("createdAt", b.createdAt().toString());
        row.put("cases", b.cases());
        row.put("size", b.size());
        return row;
    }
}
