package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** Who took a decision recorded in the history: the ARS, the CPAM (Assurance Maladie), or both jointly. */
public enum DecidedBy implements Keyed {
    ARS,
    CPAM,
    JOINT;

    @Override
    public String messageKey() {
        return "workflow.decidedBy." + name().toLowerCase(Locale.ROOT);
    }
}
