package fr.referentcpts.core.settings;

/** Port: the settings of the data folder (one row). */
public interface SettingsRepository {
    WorkflowSettings get();

    /** Saves if the row still has {@code settings.version()}; false when it changed meanwhile. */
    boolean save(WorkflowSettings settings);
}
