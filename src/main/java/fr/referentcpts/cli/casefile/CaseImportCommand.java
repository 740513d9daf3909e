package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.exchange.ExchangeCommands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cases import FICHIER.cpts [--dry-run] [--replace-newer]}. */
@Command(name = "import", description = "Importe un fichier .cpts (nouveaux dossiers ou mise à jour).")
public final class CaseImportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "FICHIER", description = "Fichier .cpts à lire.")
    Path file;

    @Option(names = "--dry-run", description = "Montre les changements sans rien écrire.")
    boolean dryRun;

    @Option(names = "--replace-newer", description = "Remplace un dossier par une version plus ancienne "
            + "(refusé sans cette option ; l’aperçu dit ce qui disparaîtrait).")
    boolean replaceNewer;

    private final CliEnvironment env;

    public CaseImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return new ExchangeCommands(env).importFile(dataDir, file, dryRun, replaceNewer);
    }
}
