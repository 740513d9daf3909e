package fr.referentcpts.ui.common;

import fr.referentcpts.i18n.Messages;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global exception handler: the stack trace goes to the log file, the referent sees a plain
 * French message (never a stack trace).
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorMessages errors;
    private boolean showing;
    private volatile boolean closing;

    public UncaughtErrors(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = new ErrorMessages(messages);
    }

    /** The application is closing: errors are only logged, no dialog opens over a closing window. */
    public void closing() {
        closing = true;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String message = errors.describe(error);
        if (closing) {
            log().error("Erreur pendant la fermeture de l’application", error);
            return;
        }
        if (Platform.isFxApplicationThread()) {
            show(message);
        } else {
            try {
                Platform.runLater(() -> show(message));
            } catch (IllegalStateException toolkitGone) {
                log().error("Erreur après la fermeture de la fenêtre", error);
            }
        }
    }

    private void show(String message) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.error(messages.get("error.title"), message);
        } catch (RuntimeException e) {
            log().error("Impossible d’afficher l’erreur", e);
        } finally {
            showing = false;
        }
    }

    /**
     * Obtained when something is logged, not when the class loads: logback is then set up off
     * the way to the first frame (≈ 40 ms cold, on the JavaFX thread before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(UncaughtErrors.class);
    }
}
