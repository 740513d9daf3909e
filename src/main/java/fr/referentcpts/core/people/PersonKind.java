package fr.referentcpts.core.people;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What a member or partner of a CPTS is. */
public enum PersonKind implements Keyed {
    LIBERAL_PROFESSIONAL,
    HEALTH_CENTRE,
    MSP_ESP,
    HEALTH_FACILITY,
    MEDICO_SOCIAL,
    SOCIAL_ACTOR,
    PREVENTION_ACTOR,
    LOCAL_AUTHORITY,
    URPS,
    OTHER;

    @Override
    public String messageKey() {
        return "person.kind." + name().toLowerCase(Locale.ROOT);
    }
}
