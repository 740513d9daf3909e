package fr.referentcpts.persistence.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.CelluleServer;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.persistence.ServerSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/** The cellule's server reached through the PostgreSQL JDBC driver, one connection per call. */
public final class PostgresCelluleServer implements CelluleServer {
    /** PostgreSQL 15: the oldest version the migrations and the cellule's script are tested on. */
    private static final int OLDEST_SUPPORTED = 150000;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** The driver's sentence (in its language) for a server that does not offer TLS to an address requiring it. */
    private static final String NO_TLS = org.postgresql.util.GT.tr("The server does not support SSL.");

    @Override
    public ServerStatus status(ServerAddress address, char[] password) {
        PGSimpleDataSource server = dataSource(address, password);
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            String version;
            int number;
            try (ResultSet r = statement.executeQuery(
                    "SELECT current_setting('server_version'), current_setting('server_version_num')::int")) {
                r.next();
                version = r.getString(1);
                number = r.getInt(2);
            }
            String schemaVersion = "";
            try (ResultSet r = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                r.next();
                if (r.getBoolean(1)) {
                    try (ResultSet v = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                        schemaVersion = v.next() ? v.getString(1) : "";
                    }
                }
            }
            boolean encrypted;
            try (ResultSet r = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                encrypted = r.next() && r.getBoolean(1);
            }
            boolean upToDate = !schemaVersion.isEmpty() && ServerSchema.upToDate(server);
            return new ServerStatus(version, number >= OLDEST_SUPPORTED, schemaVersion,
                    ServerSchema.applicationVersion(), upToDate, encrypted);
        } catch (SQLException e) {
            throw translate(address, e);
        }
    }

    @Override
    public ServerStatus migrate(ServerAddress address, char[] password) {
        try {
            ServerSchema.migrate(dataSource(address, password));
        } catch (SQLException e) {
            throw translate(address, e);
        } catch (IllegalStateException e) {
            throw new DomainException("server.error.migration", e, e.getMessage());
        }
        return status(address, password);
    }

    static PGSimpleDataSource dataSource(ServerAddress address, char[] password) {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(address.jdbcUrl());
        server.setUser(address.user());
        if (password != null && password.length > 0) {
            server.setPassword(new String(password));
        }
        server.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        server.setLoginTimeout(2 * CONNECT_TIMEOUT_SECONDS);
        server.setApplicationName("Référent CPTS");
        return server;
    }

    /** The driver's failure as the sentence a referent can act on (the command line logs its cause). */
    static DomainException translate(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (address.requiresTls() && NO_TLS.equals(e.getMessage())) {
            return new DomainException("cred.error.noTls", e, address.url());
        }
        // a certificate that cannot be verified, or no authority's certificate to verify it with
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException
                    || t instanceof java.io.FileNotFoundException && address.sslMode().startsWith("verify")) {
                return new DomainException("cred.error.certificate", e, address.url(), address.sslMode(),
                        String.valueOf(t instanceof javax.net.ssl.SSLException ? t.getMessage() : e.getMessage()));
            }
        }
        // 08004: the driver had no password to give a server that asks for one
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return new DomainException("server.error.authentication", e, address.user(), address.url());
        }
        if (state.equals("3D000")) {
            return new DomainException("server.error.noDatabase", e, address.url());
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return new DomainException("server.error.unreachable", e, address.url());
        }
        if (state.equals("42501")) {
            return new DomainException("server.error.forbidden", e, address.user(), address.url());
        }
        return new DomainException("server.error.failed", e, address.url(), e.getMessage());
    }
}
