package fr.referentcpts.core.meetings;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What a meeting of the log was about. */
public enum MeetingKind implements Keyed {
    INFORMATION,
    WORKING_GROUP,
    STEERING,
    LETTER_REVIEW,
    PROJECT_REVIEW,
    NEGOTIATION,
    SIGNATURE,
    ANNUAL_REVIEW,
    OTHER;

    @Override
    public String messageKey() {
        return "meeting.kind." + name().toLowerCase(Locale.ROOT);
    }
}
