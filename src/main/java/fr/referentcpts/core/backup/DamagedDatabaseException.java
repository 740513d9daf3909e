package fr.referentcpts.core.backup;

import fr.referentcpts.core.common.StorageException;
import java.util.Optional;

/**
 * The database file is not what the last clean close left (truncated, emptied, altered) or
 * cannot be read: it is neither opened for writing nor modified, and the latest verified backup,
 * if any, is offered.
 */
public final class DamagedDatabaseException extends StorageException {
    private final transient BackupInfo latest;

    public DamagedDatabaseException(String messageKey, Throwable cause, BackupInfo latest, Object... arguments) {
        super(messageKey, cause, arguments);
        this.latest = latest;
    }

    public Optional<BackupInfo> latestBackup() {
        return Optional.ofNullable(latest);
    }
}
