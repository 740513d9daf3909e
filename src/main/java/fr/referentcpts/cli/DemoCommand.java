package fr.referentcpts.cli;

import fr.referentcpts.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo load}: the demonstration portfolio. */
@Command(name = "demo", description = "Données de démonstration.", synopsisSubcommandLabel = "COMMANDE")
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliEnvironment env;

    public DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Without a sub-command: the list of sub-commands, as an error. */
    @Override
    public Integer call() {
        env.err().println(env.messages().get("cli.error.subcommandRequired", spec.qualifiedName()));
        spec.commandLine().usage(env.err());
        return Cli.EXIT_ERROR;
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
