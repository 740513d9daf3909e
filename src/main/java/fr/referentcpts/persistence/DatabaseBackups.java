package fr.referentcpts.persistence;

import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.BackupRotation;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a data folder's database in its {@code backups/}: a consistent copy made by H2's
 * {@code BACKUP TO} on the open database (never a copy of an open file), verified by opening it
 * read-only and counting its case files, described by a {@code .properties} beside it, kept in
 * rotation ({@link BackupRotation}). Restoring keeps the current database aside first.
 */
public final class DatabaseBackups implements Backups {
    static final String FOLDER = "backups";
    private static final String PREFIX = "referent-cpts-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    /** The database taken out of a backup to verify it (deleted right after). */
    private static final String VERIFIED = "verification.tmp";
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<DatabaseEncryption.Access> access;
    private DatabaseEncryption.Access known;

    /** {@code passphrases}: asked only when a backup of an encrypted folder has to be opened. */
    public static DatabaseBackups of(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        return new DatabaseBackups(dataDir, clock, () -> DatabaseEncryption.Access.of(dataDir, passphrases));
    }

    DatabaseBackups(Path dataDir, Clock clock, Supplier<DatabaseEncryption.Access> access) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.access = access;
    }

    private synchronized DatabaseEncryption.Access access() {
        if (known == null) {
            known = access.get();
        }
        return known;
    }

    private Path folder() {
        return dataDir.resolve(FOLDER);
    }

    @Override
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), PREFIX + "*.properties")) {
            for (Path description : files) {
                Properties p = new Properties();
                try (Reader reader = Files.newBufferedReader(description, StandardCharsets.UTF_8)) {
                    p.load(reader);
                    String name = p.getProperty("name");
                    if (name != null && Files.isRegularFile(folder().resolve(name))) {
                        found.add(new BackupInfo(name, Instant.parse(p.getProperty("createdAt")),
                                Integer.parseInt(p.getProperty("cases")), Files.size(folder().resolve(name))));
                    }
                } catch (IOException | RuntimeException e) {
                    log().warn("Description de sauvegarde illisible, ignorée : {}", description, e);
                }
            }
        } catch (IOException e) {
            throw new StorageException("error.backup.folder", e, folder().toString());
        }
        found.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return found;
    }

    /** True when no backup was taken today: a clean close then takes one. */
    boolean dueToday() {
        LocalDate today = LocalDate.now(clock);
        return list().stream().noneMatch(b -> b.createdAt().atZone(clock.getZone()).toLocalDate().equals(today));
    }

    /** Writes a backup of the open database through {@code connection}; verified later by {@link #verify}. */
    Path write(Connection connection) throws SQLException, IOException {
        Files.createDirectories(folder());
        Path zip = folder().resolve(PREFIX + NAME.format(clock.instant().atZone(clock.getZone())) + ".zip");
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return zip;
    }

    /**
     * Takes the database out of the backup as a restoration would, opens it read-only, counts its
     * case files, describes the backup, then applies the rotation. A backup that cannot be read
     * back is deleted: only verified backups are ever offered. (Opened inside the zip, H2 reads
     * the pages by seeking back and forth in the compressed entry, each step back inflating it
     * again from its start: 3 s for the 13 MB of 1 000 case files, 28 s after a session that wrote
     * a lot; taken out first, a close with its backup takes 1 s. Read inside the zip still when
     * the disk has no room for the copy.)
     */
    BackupInfo verify(Path zip, Instant createdAt) {
        Path taken = folder().resolve(VERIFIED + ".mv.db");
        try {
            int cases;
            try {
                if (!takeOut(zip, taken)) {
                    throw new IOException("no database in " + zip.getFileName());
                }
                cases = countCases(access(), "jdbc:h2:file:" + folder().resolve(VERIFIED).toAbsolutePath()
                        + ";ACCESS_MODE_DATA=r");
            } catch (IOException e) {
                if (!StorageErrors.diskFull(e)) {
                    throw e;
                }
                deleteQuietly(taken); // no room to take it out: read inside the zip, slower
                cases = countCases(access(), "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/" + Database.FILE_NAME);
            }
            BackupInfo info = new BackupInfo(zip.getFileName().toString(), createdAt, cases, Files.size(zip));
            Properties p = new Properties();
            p.setProperty("name", info.name());
            p.setProperty("createdAt", createdAt.toString());
            p.setProperty("cases", String.valueOf(cases));
            try (Writer writer = Files.newBufferedWriter(description(info.name()), StandardCharsets.UTF_8)) {
                p.store(writer, "Sauvegarde vérifiée de Référent CPTS");
            }
            rotate();
            return info;
        } catch (SQLException | IOException e) {
            deleteQuietly(zip);
            throw new StorageException("error.backup.unverified", e, zip.getFileName().toString());
        } finally {
            deleteQuietly(taken);
        }
    }

    private void rotate() {
        for (BackupInfo old : BackupRotation.toDelete(list(), clock.getZone())) {
            log().info("Sauvegarde retirée par la rotation : {}", old.name());
            deleteQuietly(description(old.name()));
            deleteQuietly(folder().resolve(old.name()));
        }
    }

    @Override
    public Restored restore(String name) {
        BackupInfo backup = list().stream().filter(b -> b.name().equals(name) || b.name().equals(PREFIX + name + ".zip"))
                .findFirst().orElseThrow(() -> new DomainException("error.backup.unknown", name));
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            Path database = dataDir.resolve(Database.FILE_NAME + ".mv.db");
            Path restored = dataDir.resolve("restauration.tmp.mv.db");
            if (!takeOut(folder().resolve(backup.name()), restored)) {
                throw new StorageException("error.backup.unverified", null, backup.name());
            }
            int cases = countCases(access(), "jdbc:h2:file:" + dataDir.resolve("restauration.tmp").toAbsolutePath()
                    + ";ACCESS_MODE_DATA=r");
            String aside = "";
            if (Files.exists(database)) {
                aside = FOLDER + "/avant-restauration-" + NAME.format(clock.instant().atZone(clock.getZone())) + ".mv.db";
                Files.move(database, dataDir.resolve(aside), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(restored, database, StandardCopyOption.ATOMIC_MOVE);
            DatabaseSeal.closed(database, cases, clock.instant()).write(dataDir);
            log().info("Sauvegarde {} restaurée ({} dossiers) ; base précédente : {}", backup.name(), cases, aside);
            return new Restored(backup, aside);
        } catch (IOException | SQLException e) {
            deleteQuietly(dataDir.resolve("restauration.tmp.mv.db"));
            throw StorageErrors.diskFull(e) ? new StorageException("error.diskFull", e)
                    : new StorageException("error.backup.restore", e, backup.name());
        }
    }

    /** The database of backup {@code zip} written to {@code target}; false when the zip holds none. */
    private static boolean takeOut(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(Database.FILE_NAME + ".mv.db");
            if (entry == null) {
                return false;
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        }
    }

    static int countCases(DatabaseEncryption.Access access, String url) throws SQLException {
        try (Connection c = access.connect(url + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM case_file")) {
            r.next();
            return r.getInt(1);
        }
    }

    private Path description(String zipName) {
        return folder().resolve(zipName.replaceFirst("\\.zip$", ".properties"));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log().warn("Impossible de supprimer {}", file, e);
        }
    }

    /**
     * Obtained when something is logged, not when the class loads: a command that only reads
     * logs nothing, so never sets logback up (≈ 45 ms of its cold start, measured in the
     * packaged application).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DatabaseBackups.class);
    }
}
