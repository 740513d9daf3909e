package fr.referentcpts.ui.common;

/** Dialogs a ViewModel may ask for, without knowing JavaFX stages. */
public interface DialogService {
    /** Asks a yes/no question; true when the referent confirmed with {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void error(String title, String message);

    void info(String title, String message);
}
