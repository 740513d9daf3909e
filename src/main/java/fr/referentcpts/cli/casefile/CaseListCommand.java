package fr.referentcpts.cli.casefile;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Json;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cases list [--json] [--all]}: the case files, one line each. */
@Command(name = "list", description = "Liste les dossiers (id, nom, département, étape, dernière modification).")
public final class CaseListCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @Option(names = "--all", description = "Inclut les dossiers archivés.")
    boolean all;

    private final CliEnvironment env;

    public CaseListCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Optional<List<CaseFile>> kept = AppContext.keptCaseList(env.dataDir(dataDir));
        if (kept.isPresent()) {
            print(kept.get());
            return 0;
        }
        try (AppContext context = env.openForReading(dataDir)) {
            print(context.caseFiles().list());
        }
        return 0;
    }

    /**
     * {@code cases}, the most recent first: read from the database, or — the same list, without
     * opening it — as its last clean close kept it, when nothing changed since ({@link AppContext#keptCaseList}).
     */
    private void print(List<CaseFile> cases) {
        List<CaseFile> shown = cases.stream().filter(c -> all || !c.archived()).toList();
        if (json) {
            env.out().println(Json.write(shown.stream().map(c -> toJson(c, env.messages())).toList()));
        } else {
            printTable(shown);
        }
    }

    /** A case file as {@code cases list --json} and {@code cases new --json} write it. */
    static Map<String, Object> toJson(CaseFile c, Messages messages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id().toString());
        row.put("name", c.name());
        row.put("departement", c.departement());
        row.put("stage", c.stage().name());
        row.put("stageLabel", messages.get(c.stage()));
        row.put("archived", c.archived());
        row.put("updatedAt", c.updatedAt().toString());
        return row;
    }

    private void printTable(List<CaseFile> cases) {
        Messages messages = env.messages();
        if (cases.isEmpty()) {
            env.out().println(messages.get("cli.cases.none"));
            return;
        }
        String format = "%-36s  %-40s  %-4s  %-32s  %s%n";
        env.out().printf(format, messages.get("cli.cases.header.id"), messages.get("cli.cases.header.name"),
                messages.get("cli.cases.header.departement"), messages.get("cli.cases.header.stage"),
                messages.get("cli.cases.header.updated"));
        for (CaseFile c : cases) {
            env.out().printf(format, c.id(), c.name(), c.departement(), messages.get(c.stage()),
                    FrenchFormat.dateTime(c.updatedAt(), ZoneId.systemDefault()));
        }
    }
}
