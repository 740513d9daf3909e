package fr.referentcpts.cli.security;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;
import fr.referentcpts.cli.Passphrases;

import fr.referentcpts.DataFolders;
import fr.referentcpts.core.common.DomainException;
import java.time.Clock;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code security status|encrypt}: encryption at rest of the data folder's database. */
@Command(name = "security", description = "Chiffrement de la base : état, chiffrer.", synopsisSubcommandLabel = "COMMANDE")
public final class SecurityCommand extends GroupCommand {
    public SecurityCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "status", description = "Dit si la base du dossier de données est chiffrée.")
    int status(@Mixin DataDirOption dataDir) {
        env.out().println(env.messages().get(DataFolders.encrypted(env.dataDir(dataDir)) ? "cli.security.encrypted"
                : "cli.security.clear"));
        return 0;
    }

    @Command(name = "encrypt", description = "Chiffre la base (AES) avec une clé tirée d’une phrase de passe "
            + "(variable REFERENT_CPTS_PASSPHRASE, ou demandée deux fois) ; les sauvegardes en clair sont remplacées "
            + "par une sauvegarde chiffrée. Dossier fermé ailleurs. Phrase perdue = données perdues.")
    int encrypt(@Mixin DataDirOption dataDir) {
        char[] passphrase = env.passphrases().get();
        char[] confirmed = System.getenv(Passphrases.VARIABLE) != null || System.console() == null ? passphrase
                : env.passphrases().get();
        try {
            if (!Arrays.equals(passphrase, confirmed)) {
                throw new DomainException("error.passphraseMismatch");
            }
            int removed = DataFolders.encrypt(env.dataDir(dataDir), Clock.systemDefaultZone(), passphrase);
            env.out().println(env.messages().get("cli.security.done", removed));
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(confirmed, '\0');
        }
        return 0;
    }
}
