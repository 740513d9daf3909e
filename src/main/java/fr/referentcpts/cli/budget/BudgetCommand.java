package fr.referentcpts.cli.budget;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.core.budget.BudgetFormat;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.common.DomainException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code portfolio budget [--year ANNÉE] [--csv FICHIER | --xlsx FICHIER]}: per contract and in
 * total, committed, paid and still to pay by calendar year, printed as a table or written to a file.
 */
@Command(name = "budget", description = "Budget de la cellule : par contrat et au total, montants engagés "
        + "(calendrier des versements), versés (versements enregistrés) et restant à verser, par année civile.")
public final class BudgetCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Option(names = "--year", paramLabel = "ANNÉE", description = "Seulement cette année civile (par exemple 2026).")
    Integer year;

    @Option(names = "--csv", paramLabel = "FICHIER",
            description = "Écrit le budget dans ce fichier CSV (séparateur point-virgule, virgule décimale, UTF-8 avec BOM).")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FICHIER", description = "Écrit le budget dans ce classeur Excel (.xlsx).")
    Path xlsx;

    private final CliEnvironment env;

    public BudgetCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (csv != null && xlsx != null) {
            throw new DomainException("budget.cli.oneFile");
        }
        try (AppContext context = env.openForReading(dataDir)) {
            PortfolioBudget budget = context.budget().budget(year);
            Path file = csv != null ? csv : xlsx;
            if (file == null) {
                BudgetText.print(budget, env.messages(), env.out());
            } else {
                context.budget().export(budget, csv != null ? BudgetFormat.CSV : BudgetFormat.XLSX, file);
                env.out().println(env.messages().get("budget.cli.written", file.toString(), budget.contracts().size()));
            }
            env.out().flush();
        }
        return 0;
    }
}
