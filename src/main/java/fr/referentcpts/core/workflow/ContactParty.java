package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** Whom the project team first contacted: the ARS, the CPAM, or both. */
public enum ContactParty implements Keyed {
    ARS,
    CPAM,
    BOTH;

    @Override
    public String messageKey() {
        return "workflow.contact." + name().toLowerCase(Locale.ROOT);
    }
}
