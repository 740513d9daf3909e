package fr.referentcpts.cli.budget;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code portfolio …}: the cellule's portfolio as a whole. */
@Command(name = "portfolio", description = "Le portefeuille de la cellule dans son ensemble : budget.")
public final class PortfolioCommand extends GroupCommand {
    public PortfolioCommand(CliEnvironment env) {
        super(env);
    }
}
