package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.RulesVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where a case stands: its stage, what the stage asks for (met or missing), the one next
 * action, and the transitions open to it.
 *
 * @param rules   the version whose missions the case must take on
 * @param funding the contract's funding once its signature date is known
 */
public record WorkflowStatus(CaseFile caseFile, List<Requirement> requirements, NextStep next,
        Optional<WorkflowStage> nextStage, boolean canAdvance, List<WorkflowStage> backTargets, boolean canAbandon,
        boolean canTerminate, RulesVersion rules, Optional<ContractFunding.Outcome> funding) {

    public WorkflowStatus {
        requirements = List.copyOf(requirements);
        backTargets = List.copyOf(backTargets);
    }

    public WorkflowStage stage() {
        return caseFile.stage();
    }

    public List<Requirement> missingBlocking() {
        return requirements.stream().filter(Requirement::missingBlocking).toList();
    }

    public List<Requirement> missingWarnings() {
        return requirements.stream().filter(Requirement::missingWarning).toList();
    }

    /** What is not due yet (« à venir le … »): neither missing nor the next action. */
    public List<Requirement> pending() {
        return requirements.stream().filter(Requirement::pending).toList();
    }

    /** Everything that holds the case at its stage: the blocking ones missing, then those not due yet. */
    public List<Requirement> unmetBlocking() {
        return requirements.stream().filter(r -> !r.met() && r.blocking())
                .sorted(java.util.Comparator.comparing(Requirement::pending)).toList();
    }
}
