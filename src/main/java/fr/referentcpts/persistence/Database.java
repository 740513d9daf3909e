package fr.referentcpts.persistence;

import fr.referentcpts.core.common.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder: locked against a second instance, migrated by
 * Flyway on open, closed with the application.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "referent-cpts";
    /**
     * WRITE_DELAY=0: a commit is written to the file before it returns — with H2's default (500 ms
     * later, from a background thread) a case reported as created was lost if the process died or
     * the disk filled up in between. TRACE_LEVEL_FILE=0: no {@code .trace.db} beside the base;
     * failures are logged, with their cause, where they are handled.
     */
    static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private volatile boolean closed;

    private Database(DataFolderLock lock, JdbcConnectionPool pool) {
        this.lock = lock;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Opens (creating if needed) the database of {@code dataDir} and brings its schema up to date. */
    public static Database open(Path dataDir) {
        long start = System.nanoTime();
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        JdbcConnectionPool pool = null;
        try {
            String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + SETTINGS;
            pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(4);
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            LOG.info("Base ouverte et migrée en {} ms : {}", (System.nanoTime() - start) / 1_000_000, dataDir);
            return new Database(lock, pool);
        } catch (SQLException | FlywayException | IllegalStateException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw translateOpenFailure(dataDir, e);
        }
    }

    private static StorageException translateOpenFailure(Path dataDir, Exception e) {
        if (StorageErrors.diskFull(e)) {
            return new StorageException("error.diskFull", e);
        }
        SQLException sql = rootSqlException(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StorageException("error.dataFolderInUse", e, dataDir.toString());
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1) {
            return new StorageException("error.databaseUnreadable", e, dataDir.toString());
        }
        if (e instanceof FlywayException) {
            return new StorageException("error.databaseMigration", e, dataDir.toString());
        }
        return new StorageException("error.databaseUnreadable", e, dataDir.toString());
    }

    static SQLException rootSqlException(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Rewrites the database file without the space its earlier versions of rows still take, then
     * closes it. After a bulk write (thousands of case files generated) the file can be several
     * times larger than its content, and a larger file is slower to open; H2 only compacts for a
     * fraction of a second at an ordinary close.
     */
    public void compactAndClose() {
        if (closed) {
            return;
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compactage de la base impossible, fermeture ordinaire", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        lock.close();
    }
}
