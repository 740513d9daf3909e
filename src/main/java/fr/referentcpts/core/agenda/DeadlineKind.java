package fr.referentcpts.core.agenda;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/**
 * What a deadline of « À venir » is. An actionable one left undone past its date is overdue;
 * an informational one (a payment, a planned meeting) is simply behind us once its date passed.
 */
public enum DeadlineKind implements Keyed {
    /** The letter of intent went to the ARS N weeks ago and no decision came: chase it. */
    LETTER_DECISION(true),
    /** A mission must have started (signature + N months). */
    MISSION_START(true),
    /** A mission must be fully deployed (signature + M months). */
    MISSION_DEPLOYED(false),
    /** Anniversary k: the dialogue de gestion of contract year k. */
    ANNUAL_REVIEW(true),
    /** Payments the funding engine expects on that date. */
    PAYMENT(false),
    /** The contract ends (5th anniversary): prepare the renewal. */
    CONTRACT_END(false),
    /** A meeting planned in the log. */
    MEETING(false),
    /** A next action decided in a meeting. */
    NEXT_ACTION(true);

    private final boolean actionable;

    DeadlineKind(boolean actionable) {
        this.actionable = actionable;
    }

    public boolean actionable() {
        return actionable;
    }

    @Override
    public String messageKey() {
        return "deadline.kind." + name().toLowerCase(Locale.ROOT);
    }
}
