package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.DomainException;
import java.util.List;

/**
 * Moving forward was refused: blocking requirements are missing, or not due yet (a contract
 * running until its end, a meeting only planned); all are listed, the missing ones first.
 */
public class TransitionRefusedException extends DomainException {
    private final transient List<Requirement> missing;

    public TransitionRefusedException(List<Requirement> missing) {
        super(missing.stream().anyMatch(Requirement::missing) ? "workflow.error.missingRequirements"
                : "consist.error.notYetDue", missing.stream().anyMatch(Requirement::missing)
                ? missing.stream().filter(Requirement::missing).count() : missing.size());
        this.missing = List.copyOf(missing);
    }

    public List<Requirement> missing() {
        return missing;
    }
}
