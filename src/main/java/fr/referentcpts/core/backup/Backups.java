package fr.referentcpts.core.backup;

import java.util.List;
import java.util.Optional;

/** The database's backups in the data folder (port: written and read by the persistence layer). */
public interface Backups {
    /** The verified backups, newest first. */
    List<BackupInfo> list();

    default Optional<BackupInfo> latest() {
        return list().stream().findFirst();
    }

    /**
     * Puts backup {@code name} in place of the database, the current database kept aside first;
     * refused while the application or a command holds the data folder.
     */
    Restored restore(String name);

    /** A backup restored, and where the database it replaced was kept (empty when there was none). */
    record Restored(BackupInfo backup, String keptAside) {
    }
}
