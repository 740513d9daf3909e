package fr.referentcpts.persistence.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.ServerRefusedException;
import fr.referentcpts.core.sync.ServerRevisions;
import fr.referentcpts.persistence.JooqTransactions;
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

    /** Connects; an unreachable server or a refused login is a {@link DomainException}. */
    public static PostgresSyncConnection open(ServerAddress address, char[] password) {
        try {
            return new PostgresSyncConnection(address,
                    PostgresCelluleServer.dataSource(address, password).getConnection());
        } catch (SQLException e) {
            throw PostgresCelluleServer.translate(address, e);
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection that dropped: nothing is lost, the synchronisation already ended.
        }
    }
}
