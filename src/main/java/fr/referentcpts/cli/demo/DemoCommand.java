package fr.referentcpts.cli.demo;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.GroupCommand;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.demo.DemoGenerator;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.security.SecureRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo load}: the demonstration portfolio; {@code demo generate}: a large generated one. */
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

    @Command(name = "generate", description = "Génère un portefeuille de démonstration réaliste : dossiers à "
            + "toutes les étapes, communes réelles, équipes, missions, actions et indicateurs, avec leur parcours "
            + "(formulaires des étapes, réunions, historique, dialogues de gestion, versements).")
    int generate(@Mixin DataDirOption dataDir,
            @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
                    description = "Nombre de dossiers (1 à 100 000 ; par défaut 1 000).") int count,
            @Option(names = "--seed", paramLabel = "N",
                    description = "Graine du tirage : la même graine donne le même contenu (par défaut : au hasard).")
            Long seed) {
        DemoGenerator.checkCount(count);
        long chosen = seed != null ? seed : new SecureRandom().nextLong();
        long start = System.nanoTime();
        try (AppContext context = env.open(dataDir)) {
            DemoGenerator.Summary summary = context.demoGenerator().generate(count, chosen, done -> { });
            context.compactAndClose();
            BigDecimal seconds = BigDecimal.valueOf((System.nanoTime() - start) / 1_000_000, 3);
            Messages messages = env.messages();
            env.out().println(messages.get("cli.demo.generated", summary.caseFiles(),
                    FrenchFormat.decimal(seconds, 1), String.valueOf(chosen)));
            summary.byStage().forEach((stage, n) -> env.out().println(
                    "  " + messages.get("cli.demo.generatedStage", messages.get(stage), n)));
            env.out().println("  " + messages.get("cli.demo.generatedContent", summary.communes(), summary.people(),
                    summary.missions(), summary.actions(), summary.indicators()));
        }
        return 0;
    }
}
