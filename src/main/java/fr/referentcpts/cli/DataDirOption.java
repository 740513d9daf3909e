package fr.referentcpts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, accepted by every command. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DOSSIER",
            description = "Dossier des données (par défaut : le dossier de données de l’utilisateur).")
    Path dataDir;
}
