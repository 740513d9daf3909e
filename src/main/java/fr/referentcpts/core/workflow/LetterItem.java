package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/**
 * What a letter of intent to the ARS is expected to contain: the territory, a first diagnosis,
 * the actors and partners, the orientations, a calendar.
 */
public enum LetterItem implements Keyed {
    TERRITORY,
    FIRST_DIAGNOSIS,
    ACTORS_AND_PARTNERS,
    ORIENTATIONS,
    CALENDAR;

    @Override
    public String messageKey() {
        return "workflow.letterItem." + name().toLowerCase(Locale.ROOT);
    }
}
