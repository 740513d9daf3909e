package fr.referentcpts.persistence;

import fr.referentcpts.core.common.Awaited;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;

/**
 * The embedded H2 database of one data folder: locked against a second instance, migrated by
 * Flyway on open, closed with the application.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "referent-cpts";
    /**
     * WRITE_DELAY=0: a commit is written to the file before it returns — with H2's default (500 ms
     * later, from a background thread) a case reported as created was lost if the process died or
     * the disk filled up in between. TRACE_LEVEL_FILE=0: no {@code .trace.db} beside the base;
     * failures are logged, with their cause, where they are handled.
     */
    static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    /** H2 opens the file without writing to it, not even its header. */
    static final String READ_ONLY = ";ACCESS_MODE_DATA=r";

    private final Path dataDir;
    private final Supplier<char[]> passphrases;
    private final CompletableFuture<Opened> opened;
    private final DatabaseBackups backups;
    private final Clock clock;
    private final boolean readOnly;
    private DSLContext dsl;
    private volatile boolean keepsCaseList;
    private volatile boolean closed;

    /** What an opening holds until the close: the folder's lock and the connections to its file. */
    private record Opened(DataFolderLock lock, JdbcConnectionPool pool, DatabaseEncryption.Access access,
            String unchangedSince) {
    }

    private Database(Path dataDir, Clock clock, Supplier<char[]> passphrases, boolean readOnly,
            CompletableFuture<Opened> opened) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.passphrases = passphrases;
        this.readOnly = readOnly;
        this.opened = opened;
        this.backups = new DatabaseBackups(dataDir, clock, () -> opened().access());
    }

    /**
     * The database of {@code dataDir}, not opened yet: nothing is read, locked or loaded until
     * {@link #completeOpening} opens it — the window starts it at once on its worker and meanwhile
     * wires its services and builds its screens. Used before, it waits for that opening.
     */
    public static Database opening(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        return new Database(dataDir, clock, passphrases, false, new CompletableFuture<>());
    }

    /**
     * Opens, on the calling thread, the database of {@link #opening} as {@link #open(Path, Clock, Supplier)}
     * does, failing as it does; a use waiting for it gets the same failure. Nothing happens for a
     * database already open, and a database closed meanwhile is closed again at once.
     */
    public void completeOpening() {
        if (opened.isDone()) {
            opened();
            return;
        }
        Opened now;
        try {
            now = openFile(dataDir, clock, passphrases, readOnly);
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
            throw e;
        }
        if (!opened.complete(now)) {
            release(now);
        }
    }

    /** True when the data folder holds a database already (opening one that does not creates it). */
    public static boolean exists(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(FILE_NAME + ".mv.db"));
    }

    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /**
     * Opens the database of {@code dataDir}: refused, and left untouched, when its file is not
     * what the last clean close left or cannot be read ({@link DatabaseCheck}); marked « open »
     * in its seal, then migrated. {@code clock} dates the seal and the backups.
     */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, () -> null);
    }

    /**
     * Opens the database of {@code dataDir}, asking {@code passphrases} for the passphrase only
     * when the folder is encrypted ({@link DatabaseEncryption}).
     */
    public static Database open(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        Database database = opening(dataDir, clock, passphrases);
        database.completeOpening();
        return database;
    }

    /**
     * Opens the database of {@code dataDir} for a session that only reads it (a command that lists,
     * shows or prints a draft): checked like any opening ({@link DatabaseCheck}), then opened by H2
     * in read-only mode, so the file, its seal and its backups are left exactly as they were —
     * nothing to write and no SHA-256 of the file to compute again at the close. A write attempted
     * through it is refused by H2. A database that does not exist yet, or whose schema needs a
     * migration, is opened for writing instead.
     */
    public static Database openForReading(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        if (!exists(dataDir)) {
            return open(dataDir, clock, passphrases);
        }
        Opened forReading = openFile(dataDir, clock, passphrases, true);
        return forReading != null ? new Database(dataDir, clock, passphrases, true, CompletableFuture.completedFuture(forReading))
                : open(dataDir, clock, passphrases);
    }

    /** Null when {@code readOnly} and the schema is not up to date (then opened for writing by the caller). */
    private static Opened openFile(Path dataDir, Clock clock, Supplier<char[]> passphrases, boolean readOnly) {
        long start = System.nanoTime();
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        JdbcConnectionPool pool = null;
        try {
            DatabaseEncryption.Access access = DatabaseEncryption.Access.of(dataDir, passphrases);
            DatabaseBackups backups = new DatabaseBackups(dataDir, clock, () -> access);
            String unchangedSince = DatabaseCheck.check(dataDir, backups, access).orElse(null);
            if (!readOnly) {
                DatabaseSeal.read(dataDir).orElse(new DatabaseSeal(false, -1, "", -1, clock.instant()))
                        .opened(clock.instant()).write(dataDir);
            }
            String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + SETTINGS
                    + (readOnly ? READ_ONLY : "");
            pool = connect(url, access);
            if (readOnly) {
                if (!SchemaMigrations.upToDate(pool)) {
                    pool.dispose();
                    lock.close();
                    return null;
                }
            } else {
                SchemaMigrations.Outcome outcome = SchemaMigrations.migrate(pool);
                if (outcome != SchemaMigrations.Outcome.UP_TO_DATE) {
                    unchangedSince = null;
                }
                if (outcome == SchemaMigrations.Outcome.MIGRATED) {
                    // H2 writes a migration (an index built over every row) as new pages and keeps
                    // the old ones: 13 Mo of case files became a 42 Mo file, which every opening
                    // then reads and checks. Compacted once, here (≈ 1 s for 1 000 case files).
                    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                    pool.dispose();
                    pool = connect(url, access);
                }
                FolderPermissions.restrict(dataDir);
            }
            if (!readOnly) {
                // A reading leaves the data folder as it was, its log included.
                log().info("Base ouverte et migrée en {} ms : {}", (System.nanoTime() - start) / 1_000_000, dataDir);
            }
            return new Opened(lock, pool, access, unchangedSince);
        } catch (SQLException | SchemaMigrations.MigrationException | IllegalStateException | IOException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw StorageErrors.openFailure(dataDir, e);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    private static JdbcConnectionPool connect(String url, DatabaseEncryption.Access access) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + access.urlSuffix(), "sa", access.password());
        pool.setMaxConnections(4);
        pool.getConnection().close();
        return pool;
    }

    /**
     * Its clean close keeps the case list beside it ({@link CaseListSnapshot}) — the window's: the
     * next start shows it at once, and {@code cases list} prints it. A command's close does not
     * (reading 1 000 case files and writing them out would cost each writing command ≈ 0.1 s).
     */
    public void keepCaseListAtClose() {
        keepsCaseList = true;
    }

    /** Statements of this database; waiting, at their first execution, for an opening under way. */
    public synchronized DSLContext dsl() {
        if (dsl == null) {
            // made at first use: the window wires its services while the database opens
            dsl = DSL.using(new OpenedConnections(), SQLDialect.H2);
        }
        return dsl;
    }

    /**
     * True when this opening found the database exactly as the clean close with these checksums
     * left it ({@link DatabaseSeal}), and changed nothing (no migration): what that close kept of it
     * ({@link CaseListSnapshot}) is then its content. Waits for an opening under way.
     */
    public boolean openedAsClosedWith(String checksum) {
        return checksum.equals(opened().unchangedSince());
    }

    /** The open database's connections, once it is open (an opening's failure is thrown again here). */
    private Opened opened() {
        return Awaited.result(opened);
    }

    /** jOOQ's connections: one of the pool's per statement or transaction, as with a {@code DataSource}. */
    private final class OpenedConnections implements ConnectionProvider {
        @Override
        public Connection acquire() {
            try {
                return opened().pool().getConnection();
            } catch (SQLException e) {
                throw new DataAccessException("Connexion à la base impossible", e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DataAccessException("Connexion à la base non rendue", e);
            }
        }
    }

    /** The backups of this data folder. */
    public DatabaseBackups backups() {
        return backups;
    }

    /** A backup now, whatever the day ({@code backup create}), verified before it is listed. */
    public BackupInfo backupNow() {
        Instant now = clock.instant();
        try (Connection connection = opened().pool().getConnection()) {
            return backups.verify(backups.write(connection), now);
        } catch (SQLException | IOException e) {
            throw StorageErrors.diskFull(e) ? new StorageException("error.diskFull", e)
                    : new StorageException("error.backup.write", e);
        }
    }

    /**
     * Rewrites the database file without the space its earlier versions of rows still take, then
     * closes it. After a bulk write (thousands of case files generated) the file can be several
     * times larger than its content, and a larger file is slower to open; H2 only compacts for a
     * fraction of a second at an ordinary close.
     */
    public void compactAndClose() {
        close(true);
    }

    @Override
    public void close() {
        close(false);
    }

    /**
     * A clean close: the day's backup if none was taken yet (a consistent copy of the open
     * database), the database shut down, its seal written (size, checksums, case files), the
     * backup verified and the rotation applied, the case list kept beside it when asked
     * ({@link #keepCaseListAtClose}; never for an encrypted folder), else any list kept before deleted. A close that fails leaves the seal « open »: the
     * next opening then checks the file by reading it.
     */
    private synchronized void close(boolean compact) {
        if (closed) {
            return;
        }
        closed = true;
        if (!opened.isDone()) {
            // never opened: an opening still under way releases what it opens (completeOpening)
            opened.completeExceptionally(new IllegalStateException("Base fermée avant son ouverture"));
        }
        if (opened.isCompletedExceptionally()) {
            return;
        }
        Opened open = opened.join();
        JdbcConnectionPool pool = open.pool();
        DataFolderLock lock = open.lock();
        if (readOnly) {
            release(open);
            return;
        }
        Instant now = clock.instant();
        Path backup = null;
        int cases = -1;
        List<CaseFile> list = null;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM case_file")) {
                r.next();
                cases = r.getInt(1);
            }
            if (keepsCaseList && DatabaseEncryption.Access.CLEAR.equals(open.access())) {
                list = DSL.using(connection, SQLDialect.H2).selectFrom(CASE_FILE).fetch(JooqCaseFileRepository::toCaseFile);
            }
            // Not before compacting: the file is then several times its content (the next close backs it up).
            if (!compact && backups.dueToday()) {
                backup = backups.write(connection);
            }
            statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException | IOException | RuntimeException e) {
            log().warn("Fermeture de la base incomplète : elle sera vérifiée à la prochaine ouverture", e);
            cases = -1;
        } finally {
            pool.dispose();
        }
        try {
            DatabaseSeal seal = cases >= 0 ? DatabaseSeal.closed(dataDir.resolve(FILE_NAME + ".mv.db"), cases, now) : null;
            if (seal != null) {
                seal.write(dataDir);
            }
            keepList(seal, list);
            if (backup != null) {
                BackupInfo info = backups.verify(backup, now);
                log().info("Sauvegarde vérifiée : {} ({} dossiers)", info.name(), info.cases());
            }
        } catch (IOException | RuntimeException e) {
            log().warn("Sceau ou sauvegarde de fermeture impossible", e);
        } finally {
            FolderPermissions.restrict(dataDir);
            lock.close();
        }
    }

    /** The list kept beside a sealed clear database; none otherwise. Derived data: a failure costs nothing else. */
    private void keepList(DatabaseSeal seal, List<CaseFile> list) {
        try {
            if (seal != null && list != null) {
                CaseListSnapshot.write(dataDir, seal.checksum(), list);
            } else {
                CaseListSnapshot.delete(dataDir);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("Liste des dossiers non gardée à la fermeture (elle sera lue dans la base)", e);
        }
    }

    private static void release(Opened open) {
        open.pool().dispose();
        open.lock().close();
    }

    /**
     * Obtained when something is logged, not when the class loads: a command that only reads
     * logs nothing, so never sets logback up (≈ 45 ms of its cold start, measured in the
     * packaged application).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Database.class);
    }
}
