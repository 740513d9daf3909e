package fr.referentcpts.persistence;

import fr.referentcpts.core.common.StorageException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * Database failures as the referent should read them: a full disk is « disque plein », never
 * « fichier endommagé »; a value too long or too large names its field; a refused write says
 * so. The cause stays attached for the log.
 */
final class StorageErrors {
    /** How a full disk reads in an I/O error's message: Linux and macOS (ENOSPC), Windows. */
    private static final Pattern DISK_FULL = Pattern.compile(
            "No space left on device|not enough space on the disk|There is not enough space|ENOSPC|Disk quota exceeded",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("column \"?([A-Za-z_]+)");

    private StorageErrors() {
    }

    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && DISK_FULL.matcher(t.getMessage()).find()) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (diskFull(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failure while reading or writing through an open database. */
    static StorageException translate(Throwable e) {
        if (diskFull(e)) {
            return new StorageException("error.diskFull", e);
        }
        SQLException sql = rootSqlException(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.VALUE_TOO_LONG_2) {
            return new StorageException("error.valueTooLong", e, column(sql));
        }
        if (code == ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1 || code == ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2) {
            return new StorageException("error.valueTooLarge", e, column(sql));
        }
        if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CREATION_FAILED_1 || code == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StorageException("error.storageWrite", e);
        }
        return new StorageException("error.storage", e);
    }

    /** The column H2 names in its message, in lower case (« notes »), or « ? ». */
    static String column(SQLException sql) {
        Matcher m = COLUMN.matcher(String.valueOf(sql.getMessage()));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "?";
    }
    /** Why a database could not be opened, as the referent is told. */
    static StorageException openFailure(java.nio.file.Path dataDir, Exception e) {
        if (diskFull(e)) {
            return new StorageException("error.diskFull", e);
        }
        SQLException sql = rootSqlException(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new StorageException("error.wrongPassphrase", e, dataDir.toString());
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StorageException("error.dataFolderInUse", e, dataDir.toString());
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1) {
            return new StorageException("error.databaseUnreadable", e, dataDir.toString());
        }
        if (e instanceof java.io.IOException) {
            return new StorageException("error.dataFolderUnusable", e, dataDir.toString());
        }
        if (e instanceof SchemaMigrations.MigrationException) {
            return new StorageException("error.databaseMigration", e, dataDir.toString());
        }
        return new StorageException("error.databaseUnreadable", e, dataDir.toString());
    }

    /** The innermost SQL exception of {@code e}'s causes. */
    static SQLException rootSqlException(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }
}
