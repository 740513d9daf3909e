package fr.referentcpts;

import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.exchange.WorkflowStores;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.ServerSession;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.sync.RulesSharing;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncConnector;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.io.funding.JsonRulesCodec;
import fr.referentcpts.persistence.funding.JooqRulesStore;
import java.util.List;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.core.sync.Synchronisation;
import fr.referentcpts.core.common.DomainException;
import java.util.Optional;
import fr.referentcpts.io.exchange.CptsBundleCodec;
import fr.referentcpts.persistence.exchange.JooqCaseInserts;
import fr.referentcpts.persistence.exchange.JooqRecordOwners;
import fr.referentcpts.persistence.server.PostgresSyncConnection;
import fr.referentcpts.persistence.sync.JooqSyncStore;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The synchronisation of a data folder with the cellule's server (composition root): the server's
 * cases are read and written by a second set of the same repositories, over a PostgreSQL connection.
 */
public final class CelluleSync {
    private CelluleSync() {
    }

    /**
     * The synchronisation of {@code app}'s data folder with the server at {@code address}: each
     * synchronisation connects with a password from {@code passwords} (null: none, the server
     * decides), which it clears after use.
     */
    public static SyncService service(AppContext app, ServerAddress address, Supplier<char[]> passwords) {
        Repositories local = app.repositories();
        return new SyncService(app.exchange(), local.caseFiles(), local.workflow(), local.transactions(),
                new JooqSyncStore(local.transactions()), new CptsBundleCodec("Référent CPTS " + BuildInfo.version()),
                app.clock(), address.user(), () -> session(app, address, passwords));
    }

    /** The data folder's server as the window sees it: its settings read at each call (« server connect » may change them). */
    static SyncConnector connector(AppContext app) {
        return new SyncConnector() {
            @Override
            public Optional<String> server() {
                return CelluleServers.settings(app.dataDir()).load().map(a -> a.user() + " — " + a.url());
            }

            @Override
            public Optional<ServerAddress> address() {
                return CelluleServers.settings(app.dataDir()).load();
            }

            @Override
            public fr.referentcpts.core.server.Credentials credentials() {
                return CelluleServers.credentials();
            }

            @Override
            public fr.referentcpts.core.server.ServerConnection connection() {
                return new fr.referentcpts.core.server.ServerConnection(CelluleServers.settings(app.dataDir()),
                        CelluleServers.credentials(), CelluleServers.server());
            }

            @Override
            public Synchronisation connect(Supplier<char[]> passwords) {
                ServerAddress address = CelluleServers.settings(app.dataDir()).load()
                        .orElseThrow(() -> new DomainException("server.error.notConfigured", app.dataDir()));
                SyncService cases = service(app, address, passwords);
                return new Synchronisation() {
                    @Override
                    public SyncReport sync(fr.referentcpts.core.sync.SyncProgress progress) {
                        return cases.sync(progress);
                    }

                    @Override
                    public List<SyncConflict> conflicts() {
                        return cases.conflicts();
                    }

                    @Override
                    public CaseBundle serverVersion(UUID caseId) {
                        return cases.serverVersion(caseId);
                    }

                    @Override
                    public SyncReport resolve(UUID caseId, CaseBundle merged) {
                        return cases.resolve(caseId, merged);
                    }

                    @Override
                    public RulesSharing.Shared shareRules() {
                        return CelluleSync.shareRules(app, address, passwords);
                    }
                };
            }
        };
    }

    /**
     * The rules versions confirmed on a laptop, shared through the server ({@link RulesSharing}),
     * over a connection of its own with a password from {@code passwords}.
     */
    public static RulesSharing.Shared shareRules(AppContext app, ServerAddress address, Supplier<char[]> passwords) {
        PostgresSyncConnection connection = connect(address, passwords);
        try (connection) {
            return new RulesSharing(app.rulesService(), new JsonRulesCodec(), app.clock())
                    .share(new JooqRulesStore(connection.jooq()), connection.transactions());
        }
    }

    private static ServerSession session(AppContext app, ServerAddress address, Supplier<char[]> passwords) {
        PostgresSyncConnection connection = connect(address, passwords);
        Repositories server = Repositories.of(connection.jooq());
        ExchangeService cases = new ExchangeService(server.caseFiles(), server.territories(), server.people(),
                server.missions(), server.documents(), new WorkflowStores(server.workflow(), server.meetings(),
                        server.followUp(), server.contracts(), server.annexes()), connection.transactions(),
                app.caseFiles(), app.people(), new JooqRecordOwners(connection.jooq()),
                new JooqCaseInserts(connection.jooq()), UUID::randomUUID);
        return ServerSession.of(cases, connection.revisions(), connection.transactions(), address.user(),
                connection::close);
    }

    /** A connection to the server with a password from {@code passwords}, cleared once used. */
    private static PostgresSyncConnection connect(ServerAddress address, Supplier<char[]> passwords) {
        char[] password = passwords.get();
        try {
            return PostgresSyncConnection.open(address, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }
}
