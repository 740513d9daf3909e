package fr.referentcpts.cli.amendment;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code amendment print}: the amendments of a signed contract. */
@Command(name = "amendment", description = "Avenants au contrat tripartite d’un dossier signé.",
        synopsisSubcommandLabel = "COMMANDE")
public final class AmendmentCommand extends GroupCommand {
    public AmendmentCommand(CliEnvironment env) {
        super(env);
    }
}
