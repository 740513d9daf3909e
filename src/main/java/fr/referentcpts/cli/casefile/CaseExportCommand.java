package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.exchange.ExchangeCommands;
import fr.referentcpts.core.common.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cases export ID… | --all --out FICHIER.cpts [--encrypt]}. */
@Command(name = "export", description = "Exporte un ou plusieurs dossiers dans un fichier .cpts.")
public final class CaseExportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Identifiants (ou leurs premiers caractères, 4 au moins).")
    List<String> ids;

    @Option(names = "--all", description = "Exporte tous les dossiers.")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier .cpts à écrire.")
    Path out;

    @Option(names = "--encrypt", description = "Chiffre le fichier (AES-256-GCM) avec une phrase de passe "
            + "(variable REFERENT_CPTS_EXPORT_PASSPHRASE, ou demandée).")
    boolean encrypt;

    private final CliEnvironment env;

    public CaseExportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!all && (ids == null || ids.isEmpty())) {
            throw new ValidationException("ids", "cli.exchange.idsRequired");
        }
        return new ExchangeCommands(env).export(dataDir, ids == null ? List.of() : ids, all, out, encrypt);
    }
}
