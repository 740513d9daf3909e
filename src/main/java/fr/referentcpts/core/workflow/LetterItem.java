package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What a letter of intent is expected to contain (domain §3, seed 004). */
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
