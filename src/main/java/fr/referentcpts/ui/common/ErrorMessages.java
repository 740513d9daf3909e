package fr.referentcpts.ui.common;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a French sentence; unexpected ones are logged with their stack trace. */
public final class ErrorMessages {
    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Throwable cause = error;
        while (cause instanceof TaskRunner.TaskFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DomainException domain) {
            if (domain.getCause() != null) {
                // A storage failure's cause (« Value too long for column NOTES », « No space left on
                // device »…) is the detail the message says the log holds.
                log().warn("Opération refusée : {}", domain.getMessage(), domain);
            } else {
                log().info("Opération refusée : {}", domain.getMessage());
            }
            return messages.get(domain);
        }
        log().error("Erreur inattendue", cause);
        return messages.get("error.unexpected");
    }

    /**
     * Obtained when something is logged, not when the class loads: logback is then set up off
     * the way to the first frame (≈ 40 ms cold, on the JavaFX thread before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorMessages.class);
    }
}
