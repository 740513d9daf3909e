package fr.referentcpts.core.casefile;

import fr.referentcpts.core.common.Keyed;

/** Where a case file stands in the path to a signed ACI contract and its follow-up. */
public enum WorkflowStage implements Keyed {
    PRE_PROJECT,
    LETTER_OF_INTENT,
    HEALTH_PROJECT,
    SIGNATURE,
    FOLLOW_UP,
    ABANDONED,
    TERMINATED,
    CLOSED;

    /** SANS SUITE, RÉSILIÉ, TERMINÉ: no next stage. */
    public boolean isEndState() {
        return this == ABANDONED || this == TERMINATED || this == CLOSED;
    }

    @Override
    public String messageKey() {
        return "stage." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
