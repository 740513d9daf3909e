package fr.referentcpts.cli.casefile;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Json;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cases new --name NOM --departement DEP}: a case file at the pré-projet stage. */
@Command(name = "new", description = "Crée un dossier à l’étape pré-projet.")
public final class CaseNewCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Option(names = "--name", required = true, paramLabel = "NOM", description = "Nom du projet de CPTS.")
    String name;

    @Option(names = "--departement", required = true, paramLabel = "DEP", description = "Code ou nom du département.")
    String departement;

    @Option(names = "--referent", paramLabel = "NOM", description = "Nom du référent.")
    String referent;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    private final CliEnvironment env;

    public CaseNewCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (AppContext context = env.open(dataDir)) {
            CaseFile created = context.caseFiles().create(new CaseIdentity(name, departement, referent, ""));
            Messages messages = env.messages();
            env.out().println(json ? Json.write(CaseListCommand.toJson(created, messages))
                    : messages.get("cli.cases.created", created.name(), created.id()));
        }
        return 0;
    }
}
