package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** Mandatory (socle) or optional mission, as a rules version says. */
public enum MissionKind implements Keyed {
    SOCLE,
    OPTIONAL;

    @Override
    public String messageKey() {
        return "funding.missionKind." + name().toLowerCase(Locale.ROOT);
    }
}
