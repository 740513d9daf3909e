package fr.referentcpts.core.common;

/**
 * The local storage refused an operation: data folder already in use by another window,
 * unreadable database, disk full… Nothing already saved is lost.
 */
public class StorageException extends DomainException {
    public StorageException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }
}
