package fr.referentcpts.ui.common;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a French sentence; unexpected ones are logged with their stack trace. */
public final class ErrorMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);
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
                LOG.warn("Opération refusée : {}", domain.getMessage(), domain);
            } else {
                LOG.info("Opération refusée : {}", domain.getMessage());
            }
            return messages.get(domain);
        }
        LOG.error("Erreur inattendue", cause);
        return messages.get("error.unexpected");
    }
}
