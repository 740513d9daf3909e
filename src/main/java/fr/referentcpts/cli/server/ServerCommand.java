package fr.referentcpts.cli.server;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleServers;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.core.sync.RulesSharing;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.i18n.Messages;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code server connect|status|migrate|sync}: the cellule's PostgreSQL server. The address and the login
 * are kept in the data folder; the password never is: it comes from {@value #PASSWORD_VARIABLE} or
 * is asked on the terminal without echo, each time.
 */
@Command(name = "server", description = "Serveur PostgreSQL de la cellule : s’y connecter, vérifier son état.",
        synopsisSubcommandLabel = "COMMANDE")
public final class ServerCommand extends GroupCommand {
    public static final String PASSWORD_VARIABLE = "REFERENT_CPTS_SERVER_PASSWORD";
    /**
     * Reachable, but its schema is not this application's version: nothing to sync yet; or a
     * synchronisation that left conflicts to resolve or cases the server refused.
     */
    static final int EXIT_NOT_READY = 1;
    private final Map<String, String> environment;

    public ServerCommand(CliEnvironment env) {
        this(env, System.getenv());
    }

    ServerCommand(CliEnvironment env, Map<String, String> environment) {
        super(env);
        this.environment = environment;
    }

    @Command(name = "connect", description = "Enregistre l’adresse du serveur et l’utilisateur dans le dossier de "
            + "données (jamais le mot de passe).")
    int connect(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "URL", description = "Adresse du serveur : postgresql://hôte[:port]/base")
            String url,
            @Option(names = "--user", required = true, paramLabel = "UTILISATEUR",
                    description = "Nom de connexion PostgreSQL.") String user) {
        ServerAddress address = new ServerAddress(url, user);
        Path folder = env.dataDir(dataDir);
        CelluleServers.settings(folder).save(address);
        env.out().println(env.messages().get("server.cli.connected", address.url(), address.user(), folder));
        return 0;
    }

    @Command(name = "status", description = "Se connecte au serveur et affiche sa version de PostgreSQL et celle "
            + "du schéma de la cellule. Rien n’est modifié sur ce poste.")
    int status(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        char[] password = password(address);
        try {
            return print(address, CelluleServers.server().status(address, password));
        } finally {
            clear(password);
        }
    }

    @Command(name = "migrate", description = "Crée ou met à jour le schéma de la cellule sur le serveur "
            + "(administrateur, propriétaire du schéma).")
    int migrate(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        char[] password = password(address);
        try {
            return print(address, CelluleServers.server().migrate(address, password));
        } finally {
            clear(password);
        }
    }

    @Command(name = "sync", description = "Synchronise ce poste avec le serveur de la cellule : envoie les dossiers "
            + "modifiés ici, reçoit ceux modifiés ailleurs. Un dossier modifié des deux côtés est un conflit : rien "
            + "n’est écrasé, les deux versions sont gardées.")
    int sync(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        char[] password = password(address);
        try (AppContext context = env.open(dataDir)) {
            SyncReport report = CelluleSync.service(context, address,
                    () -> password == null ? null : password.clone()).sync();
            Messages messages = env.messages();
            env.out().println(messages.get("sync.cli.summary", address.url(), report.sent(), report.received(),
                    report.unchanged()));
            if (!report.conflicts().isEmpty()) {
                env.out().println(messages.get("sync.cli.conflicts", report.conflicts().size(),
                        String.join(", ", report.conflicts())));
            }
            if (!report.refused().isEmpty()) {
                env.out().println(messages.get("sync.cli.refused", report.refused().size(),
                        String.join(", ", report.refused())));
            }
            printDeletions(messages, report);
            RulesSharing.Shared rules = CelluleSync.shareRules(context, address,
                    () -> password == null ? null : password.clone());
            env.out().println(messages.get("sync.cli.rules", rules.received(), rules.sent()));
            if (!rules.refused().isEmpty()) {
                env.out().println(messages.get("sync.cli.rulesRefused", String.join(", ", rules.refused())));
            }
            return report.conflicts().isEmpty() && report.refused().isEmpty() && report.deletionRefused().isEmpty()
                    && rules.refused().isEmpty() ? 0
                    : EXIT_NOT_READY;
        } finally {
            clear(password);
        }
    }

    /** What became of the cases deleted on one side: one line per outcome, none when nothing travelled. */
    private void printDeletions(Messages messages, SyncReport report) {
        if (!report.deletedHere().isEmpty()) {
            env.out().println(messages.get("syncdel.cli.deletedHere", String.join(", ", report.deletedHere().stream()
                    .map(d -> messages.get("syncdel.cli.deletedBy", d.name(), d.deletedBy())).toList())));
        }
        java.util.Map<String, java.util.List<String>> lines = new java.util.LinkedHashMap<>();
        lines.put("syncdel.cli.deletedOnServer", report.deletedOnServer());
        lines.put("syncdel.cli.kept", report.kept());
        lines.put("syncdel.cli.broughtBack", report.broughtBack());
        lines.put("syncdel.cli.deletionRefused", report.deletionRefused());
        lines.forEach((key, names) -> {
            if (!names.isEmpty()) {
                env.out().println(messages.get(key, String.join(", ", names)));
            }
        });
    }

    private ServerAddress configured(DataDirOption dataDir) {
        Path folder = env.dataDir(dataDir);
        return CelluleServers.settings(folder).load()
                .orElseThrow(() -> new DomainException("server.error.notConfigured", folder));
    }

    /** The variable, else the terminal; neither (a script without the variable): no password, the server decides. */
    private char[] password(ServerAddress address) {
        String given = environment.get(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return console.readPassword("%s", env.messages().get("server.cli.passwordPrompt", address.user(),
                address.url()));
    }

    private int print(ServerAddress address, ServerStatus status) {
        Messages messages = env.messages();
        env.out().println(messages.get("server.cli.server", address.url(), address.user()));
        env.out().println(messages.get(status.supported() ? "server.cli.postgres" : "server.cli.postgresTooOld",
                status.postgresVersion()));
        if (status.upToDate()) {
            env.out().println(messages.get("server.cli.schemaUpToDate", status.schemaVersion()));
            return 0;
        }
        env.out().println(status.schemaAbsent()
                ? messages.get("server.cli.schemaAbsent", status.applicationVersion())
                : messages.get("server.cli.schemaOther", status.schemaVersion(), status.applicationVersion()));
        return EXIT_NOT_READY;
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
