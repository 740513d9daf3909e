package fr.referentcpts.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between sessions (size, position, last opened case, last referent
 * name), in a small file of the data folder, read before the database is opened.
 */
public final class UiState {
    static final String FILE = "ui-state.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UiState(Path file) {
        this.file = file;
    }

    public static UiState load(Path dataDir) {
        UiState state = new UiState(dataDir.resolve(FILE));
        if (Files.isRegularFile(state.file)) {
            try (Reader reader = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
                state.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("État de la fenêtre illisible, valeurs par défaut utilisées : {}", state.file, e);
                state.values.clear();
            }
        }
        return state;
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getProperty(key));
    }

    public String text(String key) {
        return values.getProperty(key, "");
    }

    public Optional<UUID> uuid(String key) {
        try {
            return Optional.of(UUID.fromString(values.getProperty(key, "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void put(String key, Object value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, String.valueOf(value));
        }
    }

    /** Writes the file atomically (a temporary file then a move), so a crash never leaves half a file. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "Référent CPTS – état de la fenêtre");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Impossible d’enregistrer l’état de la fenêtre dans {}", file, e);
        }
    }

    /**
     * Obtained when something is logged, not when the class loads: logback is then set up off
     * the way to the first frame (≈ 40 ms cold, on the JavaFX thread before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(UiState.class);
    }
}
