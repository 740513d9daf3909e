package fr.referentcpts;

import fr.referentcpts.persistence.Database;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of a database being opened ({@link AppContext.Opening}): each waits for the
 * opening, then comes from the opened database's pool. A thread that must not wait (the FX
 * thread: the opening may ask it for a passphrase) is refused until then — a programming error,
 * said loudly rather than a window that freezes.
 */
final class OpeningDataSource implements DataSource {
    private final CompletableFuture<Database> database;
    private final BooleanSupplier mayWait;

    OpeningDataSource(CompletableFuture<Database> database, BooleanSupplier mayWait) {
        this.database = database;
        this.mayWait = mayWait;
    }

    private DataSource opened() throws SQLException {
        if (!database.isDone() && !mayWait.getAsBoolean()) {
            throw new IllegalStateException("database read before its opening finished, from a thread that may not wait");
        }
        try {
            return database.join().dataSource();
        } catch (CompletionException e) {
            throw new SQLException("the database could not be opened", e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return opened().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return opened().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return opened().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        opened().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        opened().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return opened().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return opened().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return opened().isWrapperFor(type);
    }
}
