package fr.referentcpts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, accepted by every command (an empty value is refused: {@link PathConverter}). */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DOSSIER",
            description = "Dossier des données (par défaut : le dossier de données de l’utilisateur).")
    Path dataDir;

    /** True when {@code --data-dir} was given. */
    public boolean given() {
        return dataDir != null;
    }
}
