package fr.referentcpts.cli.funding;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Json;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.io.funding.RulesFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code funding --input FILE.json [--format json|text] [--data-dir D]}: the ACI funding of one
 * contract, for scripts and checks. Without {@code --data-dir}, the shipped rules only and no
 * database; with it, also the versions confirmed or imported in that data folder.
 */
@Command(name = "funding",
        description = "Calcule le financement ACI d’un contrat (taille, enveloppe annuelle, calendrier des versements, "
                + "totaux, délais) à partir d’un fichier JSON.")
public final class FundingCommand implements Callable<Integer> {
    /** Output formats of {@code --format}. */
    enum OutputFormat { json, text }

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--input", required = true, paramLabel = "FICHIER",
            description = "Fichier JSON décrivant le contrat (population, signatureDate, missions…).")
    Path input;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Format de sortie : json (défaut) ou text.")
    OutputFormat format;

    private final CliEnvironment env;

    public FundingCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            throw new DomainException("funding.json.unreadable", e, input.toString());
        }
        FundingInput fundingInput = FundingInputReader.read(bytes, String.valueOf(input.getFileName()));
        FundingResult result;
        if (!dataDir.given()) {
            result = new FundingEngine(RulesFiles.shippedCatalog()).compute(fundingInput);
        } else {
            try (AppContext context = env.openForReading(dataDir)) {
                result = context.engine().compute(fundingInput);
            }
        }
        if (format == OutputFormat.text) {
            new FundingText(env.messages(), env.out()).print(result);
        } else {
            env.out().println(Json.write(FundingReport.json(result, env.messages())));
            env.out().flush();
        }
        return 0;
    }
}
