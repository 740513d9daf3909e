package fr.referentcpts.core.annex;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/**
 * In what capacity a person signs the tripartite contract for a party: the président·e of the CPTS
 * association, the directeur·rice of the CPAM, the directeur·rice général·e of the ARS or its
 * délégué·e départemental·e.
 */
public enum SignatoryQuality implements Keyed {
    CPTS_PRESIDENT(Party.CPTS),
    CPAM_DIRECTOR(Party.CPAM),
    ARS_DIRECTOR_GENERAL(Party.ARS),
    ARS_DEPARTMENTAL_DELEGATE(Party.ARS);

    private final Party party;

    SignatoryQuality(Party party) {
        this.party = party;
    }

    /** The party a person of this quality signs for. */
    public Party party() {
        return party;
    }

    @Override
    public String messageKey() {
        return "annex.quality." + name().toLowerCase(Locale.ROOT);
    }
}
