package fr.referentcpts;

import fr.referentcpts.core.server.CelluleServer;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerSettings;
import fr.referentcpts.io.server.MacKeychainCredentials;
import fr.referentcpts.io.server.SecretToolCredentials;
import fr.referentcpts.io.server.ServerSettingsFile;
import fr.referentcpts.io.server.WindowsVaultCredentials;
import fr.referentcpts.persistence.server.PostgresCelluleServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The cellule's server and the data folder's settings for it (composition root, like {@link DataFolders}). */
public final class CelluleServers {
    /**
     * How long the system's credential program may take: enough for the keyring to ask its own
     * password when it is locked, short enough not to hang a command when no keyring answers.
     */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(15);
    private static final Lazy<Credentials> CREDENTIALS = new Lazy<>(() -> credentials(System.getProperty("os.name", "")));

    private CelluleServers() {
    }

    public static CelluleServer server() {
        return new PostgresCelluleServer();
    }

    /** Read and written without opening the data folder's database. */
    public static ServerSettings settings(Path dataDir) {
        return new ServerSettingsFile(dataDir);
    }

    /** The system's credential store, one for the process (it checks once whether the store answers). */
    public static Credentials credentials() {
        return CREDENTIALS.get();
    }

    static Credentials credentials(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsVaultCredentials("powershell.exe", STORE_TIMEOUT);
        }
        if (os.startsWith("mac")) {
            return new MacKeychainCredentials("/usr/bin/security", STORE_TIMEOUT);
        }
        if (os.contains("linux") || os.contains("bsd")) {
            return new SecretToolCredentials("secret-tool", STORE_TIMEOUT);
        }
        return Credentials.none("cred.unavailable.unsupported", osName);
    }
}
