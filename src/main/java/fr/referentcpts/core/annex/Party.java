package fr.referentcpts.core.annex;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** The three signatories of the tripartite contract, in the order the annexes print them. */
public enum Party implements Keyed {
    CPTS,
    CPAM,
    ARS;

    @Override
    public String messageKey() {
        return "annex.party." + name().toLowerCase(Locale.ROOT);
    }
}
