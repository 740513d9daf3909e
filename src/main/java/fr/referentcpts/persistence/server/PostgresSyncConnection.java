package fr.referentcpts.persistence.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.ServerRefusedException;
import fr.referentcpts.core.sync.ServerRevisions;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.ServerSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One connection to the cellule's server for one synchronisation: the laptops' jOOQ code runs over
 * it ({@link #jooq()}), in transactions ({@link #transactions()}) whose failures read as the
 * server's: a write its rules refuse, an unreachable server.
 */
public final class PostgresSyncConnection implements AutoCloseable {
    /** SQLSTATEs of a write refused by row-level security or privileges, or of a key another login's case holds. */
    private static final java.util.Set<String> REFUSED = java.util.Set.of("42501", "23505");
    private final ServerAddress address;
    private final Connection connection;
    private final JooqTransactions jooq;

    private PostgresSyncConnection(ServerAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
        this.jooq = new JooqTransactions(DSL.using(connection, SQLDialect.POSTGRES, PostgresDsl.settings()));
    }

    /**
     * Connects; an unreachable server, a refused login or a schema that is not exactly this
     * application's (nothing is exchanged then) is a {@link DomainException}.
     */
    public static PostgresSyncConnection open(ServerAddress address, char[] password) {
        var server = PostgresCelluleServer.dataSource(address, password);
        Connection connection = null;
        try {
            connection = server.getConnection();
            if (!ServerSchema.upToDate(server)) {
                throw new DomainException("sync.error.schema", address.url(), ServerSchema.applicationVersion());
            }
            return new PostgresSyncConnection(address, connection);
        } catch (SQLException e) {
            close(connection);
            throw PostgresCelluleServer.translate(address, e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The failure being reported is the one that matters.
            }
        }
    }

    /** For the repositories: their transactions must be opened through {@link #transactions()}. */
    public JooqTransactions jooq() {
        return jooq;
    }

    public Transactions transactions() {
        return this::inTransaction;
    }

    public ServerRevisions revisions() {
        return new PostgresRevisions(jooq);
    }

    public ServerAddress address() {
        return address;
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return jooq.inTransaction(work);
        } catch (ServerRefusedException e) {
            throw e;
        } catch (StorageException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && REFUSED.contains(sql.getSQLState())) {
                throw new ServerRefusedException(e);
            }
            throw sql == null ? e : PostgresCelluleServer.translate(address, sql);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Closing a connection that dropped loses nothing: the synchronisation already ended. */
    @Override
    public void close() {
        close(connection);
    }
}
