package fr.referentcpts.core.funding;

import java.util.Objects;

/**
 * A provision of a rules version the engine does not compute (e.g. Avenant 2’s payment at the
 * validation of the letter of intent, before any contract), kept with its status and source so
 * it can be shown.
 */
public record RuleNote(String id, String text, RuleStatus status, Source source) {
    public RuleNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }
}
