package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** The three parties of the tripartite contract. */
public enum SignatoryParty implements Keyed {
    CPTS,
    CPAM,
    ARS;

    @Override
    public String messageKey() {
        return "workflow.party." + name().toLowerCase(Locale.ROOT);
    }
}
