package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo load}: the demonstration portfolio. */
@Command(name = "demo", description = "Données de démonstration.", synopsisSubcommandLabel = "COMMANDE")
public final class DemoCommand extends GroupCommand {
    public DemoCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "load", description = "Charge les dossiers d’exemple (sans doublon).")
    int load(@Mixin DataDirOption dataDir) {
        try (AppContext context = env.open(dataDir)) {
            int created = context.demo().load();
            env.out().println(env.messages().get("cli.demo.loaded", created));
        }
        return 0;
    }
}
