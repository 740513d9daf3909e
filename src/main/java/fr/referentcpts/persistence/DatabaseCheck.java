package fr.referentcpts.persistence;

import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.DamagedDatabaseException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.Label;
import fr.referentcpts.core.common.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Before the database is opened for writing: is its file what the last clean close left
 * ({@link DatabaseSeal})? If the last session did not close (a crash) or left no seal, the file
 * is read without writing. A damaged file is refused — never opened for writing, never
 * modified — and the latest verified backup is offered.
 */
final class DatabaseCheck {
    private DatabaseCheck() {
    }

    /**
     * @return the checksums of the clean close the file was found to be exactly as it left it; empty
     *         when it was not checked against a seal (none, an « open » one, an encrypted base)
     */
    static Optional<String> check(Path dataDir, DatabaseBackups backups, DatabaseEncryption.Access access) {
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        Optional<DatabaseSeal> seal = DatabaseSeal.read(dataDir);
        try {
            if (!Files.exists(file)) {
                if (seal.isPresent() && seal.get().cases() > 0) {
                    throw damaged(dataDir, "error.damaged.missing", null, backups);
                }
                return Optional.empty();
            }
            if (Files.size(file) == 0) {
                throw damaged(dataDir, "error.damaged.empty", null, backups);
            }
            if (seal.isPresent() && seal.get().closed()) {
                if (!seal.get().matches(file)) {
                    throw damaged(dataDir, "error.damaged.changed", null, backups);
                }
                if (access.clear()) {
                    return Optional.of(seal.get().checksum());
                }
                // Encrypted: the passphrase is checked by a read-only opening, before the seal is touched.
            }
            DatabaseBackups.countCases(access, "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath()
                    + ";ACCESS_MODE_DATA=r");
            return Optional.empty();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new StorageException("error.wrongPassphrase", e, dataDir.toString());
            }
            if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
                throw new StorageException("error.databaseUnreadable", e, dataDir.toString());
            }
            throw damaged(dataDir, "error.damaged.unreadable", e, backups);
        } catch (IOException e) {
            throw new StorageException("error.dataFolderUnusable", e, dataDir.toString());
        }
    }

    private static DamagedDatabaseException damaged(Path dataDir, String reason, Throwable cause,
            DatabaseBackups backups) {
        Optional<BackupInfo> latest = Optional.empty();
        try {
            latest = backups.latest();
        } catch (StorageException e) {
            // No readable backup folder: the refusal says there is no backup to offer.
        }
        if (latest.isEmpty()) {
            return new DamagedDatabaseException("error.databaseDamaged", cause, null, dataDir.toString(),
                    new Label(reason));
        }
        BackupInfo b = latest.get();
        return new DamagedDatabaseException("error.databaseDamaged.backup", cause, b, dataDir.toString(),
                new Label(reason), FrenchFormat.dateTime(b.createdAt(), ZoneId.systemDefault()), b.cases(), b.name());
    }
}
