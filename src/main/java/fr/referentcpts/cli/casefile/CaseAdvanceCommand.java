package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.Decision;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.StageFlow;
import fr.referentcpts.core.workflow.TransitionRefusedException;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.i18n.Messages;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cases advance ID --to STAGE}: the next stage (refused with the missing blocking
 * requirements, exit code 2), an earlier one or an end state (with a reason).
 */
@Command(name = "advance", description = "Fait passer un dossier à l’étape suivante (refusé tant qu’un élément "
        + "bloquant manque), le fait revenir à une étape précédente ou le clôt (SANS SUITE, RÉSILIÉ) avec un motif.")
public final class CaseAdvanceCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "ID", description = "Identifiant du dossier, ou ses premiers caractères (au moins 4).")
    String id;

    @Option(names = "--to", required = true, paramLabel = "ETAPE",
            description = "Étape visée : ${COMPLETION-CANDIDATES}.")
    WorkflowStage to;

    @Option(names = "--reason", paramLabel = "MOTIF",
            description = "Motif (obligatoire pour revenir en arrière, classer sans suite ou résilier ; commentaire sinon).")
    String reason;

    @Option(names = "--decided-by", paramLabel = "QUI", defaultValue = "JOINT",
            description = "Qui a décidé : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    DecidedBy decidedBy;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
            description = "Date de la décision (défaut : aujourd’hui ; pour une résiliation, sa date d’effet).")
    LocalDate date;

    private final CliEnvironment env;

    public CaseAdvanceCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Messages messages = env.messages();
        try (AppContext context = env.open(dataDir)) {
            WorkflowService workflow = context.workflow();
            CaseFile caseFile = CaseIds.resolve(context.caseFiles(), id);
            WorkflowStage from = caseFile.stage();
            LocalDate on = date != null ? date : workflow.today();
            try {
                move(workflow, caseFile, on);
            } catch (TransitionRefusedException e) {
                env.err().println(messages.get(e));
                for (Requirement r : e.missing()) {
                    String detail = r.detail() == null ? "" : " (" + messages.get(r.detail()) + ")";
                    env.err().println("  – " + messages.get(r.label()) + detail);
                }
                env.err().flush();
                return Cli.EXIT_ERROR;
            }
            env.out().println(messages.get("workflow.cli.advance.done", caseFile.name(), messages.get(from), messages.get(to),
                    FrenchFormat.date(on)));
            env.out().flush();
        }
        return 0;
    }

    private void move(WorkflowService workflow, CaseFile caseFile, LocalDate on) {
        WorkflowStage from = caseFile.stage();
        if (StageFlow.next(from).filter(to::equals).isPresent()) {
            workflow.advance(caseFile.id(), from, new Decision(on, decidedBy, reason));
        } else if (StageFlow.backTargets(from).contains(to)) {
            workflow.goBack(caseFile.id(), from, to, on, reason);
        } else if (to == WorkflowStage.ABANDONED) {
            workflow.abandon(caseFile.id(), from, on, reason);
        } else if (to == WorkflowStage.TERMINATED && StageFlow.canTerminate(from)) {
            TerminationResult recovery = workflow.terminationPreview(caseFile.id(), on);
            workflow.terminate(caseFile.id(), on, decidedBy, reason);
            env.out().println(env.messages().get("workflow.cli.advance.recovery", FrenchFormat.amount(recovery.total())));
        } else {
            throw new DomainException("workflow.cli.error.cannotMove", from, to);
        }
    }
}
