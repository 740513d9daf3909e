package fr.referentcpts.core.settings;

/**
 * The referent's settings: their name (the author of history entries) and after how many weeks
 * a letter of intent sent to the ARS without a decision becomes a deadline to chase.
 */
public record WorkflowSettings(String referentName, int letterDecisionWeeks, int version) {
    public static final int DEFAULT_WEEKS = 8;
    public static final int MAX_WEEKS = 52;

    public WorkflowSettings {
        referentName = referentName == null ? "" : referentName.strip();
    }
}
