package fr.referentcpts;

import fr.referentcpts.core.server.CelluleServer;
import fr.referentcpts.core.server.ServerSettings;
import fr.referentcpts.io.server.ServerSettingsFile;
import fr.referentcpts.persistence.server.PostgresCelluleServer;
import java.nio.file.Path;

/** The cellule's server and the data folder's settings for it (composition root, like {@link DataFolders}). */
public final class CelluleServers {
    private CelluleServers() {
    }

    public static CelluleServer server() {
        return new PostgresCelluleServer();
    }

    /** Read and written without opening the data folder's database. */
    public static ServerSettings settings(Path dataDir) {
        return new ServerSettingsFile(dataDir);
    }
}
