package fr.referentcpts.core.common;

/** A message key given as an argument of a refusal: shown as its French label. */
public record Label(String messageKey) implements Keyed {
}
