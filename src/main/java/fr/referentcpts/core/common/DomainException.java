package fr.referentcpts.core.common;

import java.util.List;

/**
 * A rule of the domain refused an operation. Carries a message key and its arguments, never
 * French text: the UI and the command line turn it into a sentence.
 */
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public DomainException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
