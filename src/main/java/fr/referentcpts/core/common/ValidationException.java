package fr.referentcpts.core.common;

/** User input that breaks a rule, attached to the field it concerns. */
public class ValidationException extends DomainException {
    private final String field;

    public ValidationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
