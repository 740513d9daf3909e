package fr.referentcpts.persistence;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StorageException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a clear data folder into an encrypted one ({@code security encrypt}): the database,
 * checked first as at every opening, is rewritten encrypted by H2's own tool while the folder is
 * locked; then every clear copy of it in {@code backups/} is removed and replaced by an
 * encrypted backup, so nothing readable without the passphrase stays in the folder.
 */
public final class DatabaseEncryptor {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEncryptor.class);

    private DatabaseEncryptor() {
    }

    public static boolean encrypted(Path dataDir) {
        return DatabaseEncryption.read(dataDir).isPresent();
    }

    public static int encrypt(Path dataDir, Clock clock, char[] passphrase) {
        if (passphrase.length < DatabaseEncryption.MIN_PASSPHRASE) {
            throw new DomainException("error.passphraseTooShort", DatabaseEncryption.MIN_PASSPHRASE);
        }
        DatabaseEncryption encryption = DatabaseEncryption.fresh();
        String key = encryption.filePassword(passphrase);
        int removed;
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            if (encrypted(dataDir)) {
                throw new DomainException("error.encryption.already", dataDir.toString());
            }
            DatabaseBackups clearBackups = new DatabaseBackups(dataDir, clock, () -> DatabaseEncryption.Access.CLEAR);
            DatabaseCheck.check(dataDir, clearBackups, DatabaseEncryption.Access.CLEAR);
            Path database = dataDir.resolve(Database.FILE_NAME + ".mv.db");
            Path pending = dataDir.resolve(DatabaseEncryption.FILE_NAME + ".tmp");
            // The salt is on the disk before the file is rewritten: a crash in between leaves a
            // database that the passphrase still opens (rename the .tmp file), never an unknown key.
            encryption.write(pending);
            int cases = -1;
            if (Files.exists(database)) {
                cases = DatabaseBackups.countCases(DatabaseEncryption.Access.CLEAR,
                        "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath() + ";ACCESS_MODE_DATA=r");
                ChangeFileEncryption.execute(dataDir.toString(), Database.FILE_NAME, "AES", null, key.toCharArray(),
                        true);
            }
            Files.move(pending, dataDir.resolve(DatabaseEncryption.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
            if (cases >= 0) {
                DatabaseSeal.closed(database, cases, clock.instant()).write(dataDir);
            }
            removed = removeClearCopies(dataDir.resolve(DatabaseBackups.FOLDER));
        } catch (SQLException | IOException e) {
            throw StorageErrors.diskFull(e) ? new StorageException("error.diskFull", e)
                    : new StorageException("error.encryption.failed", e, dataDir.toString());
        }
        char[] again = Arrays.copyOf(passphrase, passphrase.length);
        try (Database database = Database.open(dataDir, clock, () -> again)) {
            database.backupNow();
        }
        LOG.info("Base chiffrée ; {} copie(s) en clair retirée(s) de backups/", removed);
        return removed;
    }

    private static int removeClearCopies(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.delete(file);
                removed++;
            }
        }
        return removed;
    }
}
