package fr.referentcpts.core.common;

/** What is wrong with one field of a form: the field name and a message key with arguments. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
