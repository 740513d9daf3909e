package fr.referentcpts.core.funding;

import java.util.Objects;

/**
 * One value of the rules with its provenance. {@code convention} is true where the texts are
 * silent and the product adopts a rule of its own: the UI marks it « (convention) » next to the
 * figures it affects.
 */
public record Parameter<T>(T value, RuleStatus status, boolean convention, Source source) {
    public Parameter {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }
}
