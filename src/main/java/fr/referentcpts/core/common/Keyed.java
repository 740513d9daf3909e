package fr.referentcpts.core.common;

/**
 * A value shown to the user through a key of the French message bundle
 * ({@code i18n/messages.properties}). The i18n test checks every constant of every
 * implementing enum has its key.
 */
public interface Keyed {
    String messageKey();
}
