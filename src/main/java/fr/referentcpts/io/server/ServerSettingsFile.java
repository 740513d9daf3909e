package fr.referentcpts.io.server;

import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@value #FILE_NAME} in the data folder: the cellule server's address and login name. A file
 * beside the database rather than a row in it, so that it is read and written without opening
 * the database (the window may hold it). It never holds a password.
 */
public final class ServerSettingsFile implements ServerSettings {
    public static final String FILE_NAME = "server.properties";
    private static final String URL = "url";
    private static final String USER = "user";
    private final Path dataDir;

    public ServerSettingsFile(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Optional<ServerAddress> load() {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new StorageException("error.dataFolderUnusable", e, dataDir.toString());
        }
        return Optional.of(new ServerAddress(properties.getProperty(URL), properties.getProperty(USER)));
    }

    @Override
    public void save(ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty(URL, address.url());
        properties.setProperty(USER, address.user());
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                properties.store(out, "Serveur de la cellule (jamais de mot de passe ici)");
            }
            Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("error.dataFolderUnusable", e, dataDir.toString());
        }
    }
}
