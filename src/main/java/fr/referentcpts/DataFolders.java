package fr.referentcpts;

import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.persistence.DatabaseBackups;
import fr.referentcpts.persistence.DatabaseEncryptor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** What is done to a data folder that is not open: its backups, its encryption (composition root, like {@link AppContext}). */
public final class DataFolders {
    private DataFolders() {
    }

    /**
     * The backups of a data folder that is not open — to list them, or to restore one while the
     * database is closed or damaged (restoring takes the folder's lock itself).
     */
    public static Backups backups(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        return DatabaseBackups.of(dataDir, clock, passphrases);
    }

    /**
     * Encrypts the database of a closed data folder with a key derived from {@code passphrase};
     * its clear backups are replaced by an encrypted one. Returns how many clear copies were removed.
     */
    public static int encrypt(Path dataDir, Clock clock, char[] passphrase) {
        return DatabaseEncryptor.encrypt(dataDir, clock, passphrase);
    }

    /** True when the data folder holds a database already (opening it would otherwise create one). */
    public static boolean hasDatabase(Path dataDir) {
        return fr.referentcpts.persistence.Database.exists(dataDir);
    }

    public static boolean encrypted(Path dataDir) {
        return DatabaseEncryptor.encrypted(dataDir);
    }

}
