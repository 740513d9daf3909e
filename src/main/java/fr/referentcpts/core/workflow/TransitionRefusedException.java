package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.DomainException;
import java.util.List;

/** Moving forward was refused: blocking requirements are missing (listed). */
public class TransitionRefusedException extends DomainException {
    private final transient List<Requirement> missing;

    public TransitionRefusedException(List<Requirement> missing) {
        super("workflow.error.missingRequirements", missing.size());
        this.missing = List.copyOf(missing);
    }

    public List<Requirement> missing() {
        return missing;
    }
}
