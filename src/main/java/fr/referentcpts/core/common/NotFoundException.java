package fr.referentcpts.core.common;

/** The thing asked for does not exist (any more). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what) {
        super("error.notFound", what);
    }
}
