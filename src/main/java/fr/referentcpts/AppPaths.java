package fr.referentcpts;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the application keeps its data, per operating system, unless {@code --data-dir} says otherwise. */
public final class AppPaths {
    static final String FOLDER = "referent-cpts";

    private AppPaths() {
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Linux: {@code $XDG_DATA_HOME} or {@code ~/.local/share}; Windows: {@code %APPDATA%}; macOS: {@code ~/Library/Application Support}. */
    static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("Referent CPTS");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Referent CPTS");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve(FOLDER);
    }
}
