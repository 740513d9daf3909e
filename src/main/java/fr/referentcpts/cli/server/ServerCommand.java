package fr.referentcpts.cli.server;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleServers;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.core.sync.RulesSharing;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.i18n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code server connect|forget|status|migrate|sync}: the cellule's PostgreSQL server. The address and
 * the login are kept in the data folder; the password never is: « connect » keeps it in the
 * system's credential store when there is one, else it comes from {@value #PASSWORD_VARIABLE} or is
 * asked on the terminal without echo, each time ({@link ServerPassword}).
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
    private final Credentials credentials;
    private final boolean terminal;

    public ServerCommand(CliEnvironment env) {
        this(env, System.getenv(), CelluleServers.credentials(),
                System.console() != null && System.console().isTerminal());
    }

    ServerCommand(CliEnvironment env, Map<String, String> environment) {
        this(env, environment, CelluleServers.credentials());
    }

    /** With another credential store (tests: a fake one). */
    public ServerCommand(CliEnvironment env, Map<String, String> environment, Credentials credentials) {
        this(env, environment, credentials, false);
    }

    /** {@code terminal}: {@code server sync} shows its progress on the error stream ({@link TerminalProgress}). */
    ServerCommand(CliEnvironment env, Map<String, String> environment, Credentials credentials, boolean terminal) {
        super(env);
        this.environment = environment;
        this.credentials = credentials;
        this.terminal = terminal;
    }

    @Command(name = "connect", description = "Enregistre l’adresse du serveur et l’utilisateur dans le dossier de "
            + "données, et le mot de passe dans le trousseau du système s’il y en a un (jamais dans le dossier).")
    int connect(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "URL", description = "Adresse du serveur : postgresql://hôte[:port]/base")
            String url,
            @Option(names = "--user", required = true, paramLabel = "UTILISATEUR",
                    description = "Nom de connexion PostgreSQL.") String user,
            @Option(names = "--no-save-password", description = "Ne pas garder le mot de passe dans le trousseau "
                    + "du système : il sera demandé à chaque connexion.") boolean noSave,
            @Option(names = "--require-tls", description = "Refuser un serveur qui ne chiffre pas la connexion "
                    + "(sslmode=require).") boolean requireTls) {
        ServerAddress given = new ServerAddress(url, user);
        ServerAddress address = requireTls ? given.requiringTls() : given;
        Path folder = env.dataDir(dataDir);
        Messages messages = env.messages();
        Optional<ServerAddress> previous = CelluleServers.settings(folder).load();
        CelluleServers.settings(folder).save(address);
        env.out().println(messages.get("server.cli.connected", address.url(), address.user(), folder));
        env.out().println(messages.get(address.requiresTls() ? "cred.cli.tlsRequired" : "cred.cli.tlsPreferred"));
        Credentials.Availability store = credentials.availability();
        if (!store.available()) {
            env.out().println(messages.get("cred.cli.askedEachTime", reason(store)));
            return 0;
        }
        previous.filter(p -> !p.equals(address)).ifPresent(credentials::forget);
        if (noSave) {
            boolean removed = credentials.forget(address);
            env.out().println(messages.get(removed ? "cred.cli.notSavedRemoved" : "cred.cli.notSaved", reason(store)));
            return 0;
        }
        try (ServerPassword password = ServerPassword.given(address, environment, messages)) {
            if (!password.present()) {
                env.out().println(messages.get("cred.cli.noPasswordGiven", PASSWORD_VARIABLE));
                return 0;
            }
            char[] copy = password.copy();
            try {
                credentials.save(address, copy);
            } finally {
                Arrays.fill(copy, '\0');
            }
            env.out().println(messages.get("cred.cli.saved", reason(store)));
        }
        return 0;
    }

    @Command(name = "forget", description = "Retire le mot de passe du serveur de la cellule du trousseau du "
            + "système : il sera demandé à chaque connexion.")
    int forget(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        Messages messages = env.messages();
        Credentials.Availability store = credentials.availability();
        if (!store.available()) {
            env.out().println(messages.get("cred.cli.nothingToForget", reason(store)));
            return EXIT_NOT_READY;
        }
        boolean removed = credentials.forget(address);
        env.out().println(messages.get(removed ? "cred.cli.forgotten" : "cred.cli.notKept", address.user(),
                address.url(), reason(store)));
        return 0;
    }

    @Command(name = "status", description = "Affiche ce qui attend sur ce poste (dossiers modifiés depuis la "
            + "dernière synchronisation, conflits), puis se connecte au serveur : version de PostgreSQL, du schéma de "
            + "la cellule, chiffrement de la connexion. Rien n’est modifié.")
    int status(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        new PendingWork(env, dataDir, address).print();
        try (ServerPassword password = ServerPassword.of(address, credentials, environment, env.messages())) {
            ServerStatus status;
            try {
                status = CelluleServers.server().status(address, password.copy());
            } catch (RuntimeException e) {
                throw password.refused(e);
            }
            return print(address, status, password);
        }
    }

    @Command(name = "migrate", description = "Crée ou met à jour le schéma de la cellule sur le serveur "
            + "(administrateur, propriétaire du schéma).")
    int migrate(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        try (ServerPassword password = ServerPassword.of(address, credentials, environment, env.messages())) {
            ServerStatus status;
            try {
                status = CelluleServers.server().migrate(address, password.copy());
            } catch (RuntimeException e) {
                throw password.refused(e);
            }
            return print(address, status, password);
        }
    }

    @Command(name = "sync", description = "Synchronise ce poste avec le serveur de la cellule : envoie les dossiers "
            + "modifiés ici, reçoit ceux modifiés ailleurs. Un dossier modifié des deux côtés est un conflit : rien "
            + "n’est écrasé, les deux versions sont gardées.")
    int sync(@Mixin DataDirOption dataDir) {
        ServerAddress address = configured(dataDir);
        try (ServerPassword password = ServerPassword.of(address, credentials, environment, env.messages());
                AppContext context = env.open(dataDir)) {
            SyncReport report;
            try {
                report = CelluleSync.service(context, address, password::copy)
                        .sync(TerminalProgress.on(terminal, env.err(), env.messages()));
            } catch (RuntimeException e) {
                throw password.refused(e);
            }
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
            RulesSharing.Shared rules = CelluleSync.shareRules(context, address, password::copy);
            env.out().println(messages.get("sync.cli.rules", rules.received(), rules.sent()));
            if (!rules.refused().isEmpty()) {
                env.out().println(messages.get("sync.cli.rulesRefused", String.join(", ", rules.refused())));
            }
            return report.conflicts().isEmpty() && report.refused().isEmpty() && report.deletionRefused().isEmpty()
                    && rules.refused().isEmpty() ? 0
                    : EXIT_NOT_READY;
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

    private String reason(Credentials.Availability store) {
        return env.messages().get(store.messageKey(), store.argumentArray());
    }

    private int print(ServerAddress address, ServerStatus status, ServerPassword password) {
        Messages messages = env.messages();
        env.out().println(messages.get("server.cli.server", address.url(), address.user()));
        env.out().println(messages.get(status.encrypted() ? "cred.cli.encrypted" : "cred.cli.notEncrypted",
                address.sslMode()));
        env.out().println(switch (password.source()) {
            case STORE -> messages.get("cred.cli.passwordFromStore", reason(credentials.availability()));
            case VARIABLE -> messages.get("cred.cli.passwordFromVariable", PASSWORD_VARIABLE);
            case TERMINAL -> messages.get("cred.cli.passwordFromTerminal");
            case NONE -> messages.get("cred.cli.passwordFromNowhere", PASSWORD_VARIABLE);
        });
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
}
