package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Json;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.WorkflowStatus;
import fr.referentcpts.core.history.HistoryChain;
import fr.referentcpts.i18n.HistoryChainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cases show ID [--json]}: where a case stands. */
@Command(name = "show", description = "Affiche l’étape d’un dossier, ce qui est fait et ce qui manque (bloquant ou "
        + "avertissement), la prochaine action, l’historique et les prochaines échéances.")
public final class CaseShowCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "ID", description = "Identifiant du dossier, ou ses premiers caractères (au moins 4).")
    String id;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    private final CliEnvironment env;

    public CaseShowCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (AppContext context = env.openForReading(dataDir)) {
            CaseFile caseFile = CaseIds.resolve(context.caseFiles(), id);
            CaseSnapshot snapshot = context.workflow().snapshot(caseFile.id());
            WorkflowStatus status = context.workflow().status(snapshot);
            var deadlines = context.agenda().deadlines(snapshot, context.settings().get());
            var recovery = context.workflow().recovery(snapshot);
            CaseReport report = new CaseReport(env.messages(), context.workflow().today());
            HistoryChain.Verdict chain = context.historyIntegrity().verify(caseFile.id());
            if (json) {
                Map<String, Object> root = report.json(snapshot, status, deadlines, recovery);
                Map<String, Object> verdict = new LinkedHashMap<>();
                verdict.put("intact", chain.intact());
                verdict.put("entries", chain.entries());
                verdict.put("unchained", chain.unchained());
                verdict.put("brokenAt", chain.intact() ? null : chain.brokenAt().id().toString());
                root.put("historyChain", verdict);
                env.out().println(Json.write(root));
                env.out().flush();
            } else {
                report.text(env.out(), snapshot, status, deadlines, recovery);
                env.out().println(HistoryChainText.describe(env.messages(), chain));
            }
        }
        return 0;
    }
}
