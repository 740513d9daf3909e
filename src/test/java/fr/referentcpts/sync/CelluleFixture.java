package fr.referentcpts.sync;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.persistence.ServerSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** One embedded PostgreSQL per test class; one database (a cellule's server) per test; laptops as data folders. */
final class CelluleFixture {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    final EmbeddedPostgres postgres;

    CelluleFixture(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A new embedded PostgreSQL with the cellule's group roles and three logins: alice and bob
     * referents (passwords « a », « b »), claire manager (« c »).
     */
    static CelluleFixture withReferentsAndAManager() throws java.io.IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE cellule_referent NOLOGIN");
            s.execute("CREATE ROLE cellule_manager NOLOGIN");
            s.execute("CREATE ROLE alice LOGIN PASSWORD 'a' IN ROLE cellule_referent");
            s.execute("CREATE ROLE bob LOGIN PASSWORD 'b' IN ROLE cellule_referent");
            s.execute("CREATE ROLE claire LOGIN PASSWORD 'c' IN ROLE cellule_manager");
        }
        return new CelluleFixture(postgres);
    }

    /** A new, migrated cellule database; its name. */
    String newCellule() throws SQLException {
        String name = "cellule_" + DATABASES.incrementAndGet();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        ServerSchema.migrate(database(name));
        return name;
    }

    DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }

    ServerAddress address(String database, String user) {
        return new ServerAddress("postgresql://localhost:" + postgres.getPort() + "/" + database, user);
    }

    /** A laptop: its data folder opened on a clock that moves one second at each reading. */
    static AppContext laptop(Path dataDir) {
        return AppContext.open(dataDir, new TickingClock(Instant.parse("2026-11-22T09:30:00Z")));
    }

    static SyncService sync(AppContext laptop, ServerAddress address, String password) {
        return CelluleSync.service(laptop, address, () -> password == null ? null : password.toCharArray());
    }

    /** The two versions hold the same content, field by field (as an import would compare them). */
    static boolean same(AppContext a, CaseBundle b) {
        return a.exchange().plan(List.of(b)).getFirst().changes().isEmpty();
    }

    static String text(DataSource server, String sql) throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** A clock that moves one second each time it is read: every edit is later than the previous one. */
    static final class TickingClock extends Clock {
        private final Instant start;
        private final AtomicInteger ticks = new AtomicInteger();

        TickingClock(Instant start) {
            this.start = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return start.plusSeconds(ticks.incrementAndGet());
        }
    }
}
