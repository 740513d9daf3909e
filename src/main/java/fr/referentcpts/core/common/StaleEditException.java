package fr.referentcpts.core.common;

/** Someone else saved the same row since it was read (optimistic locking). */
public class StaleEditException extends DomainException {
    public StaleEditException(String what) {
        super("error.staleEdit", what);
    }
}
