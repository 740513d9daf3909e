package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the annual barème with its amount for each size class. A confirmed line has all
 * four amounts; a line {@link RuleStatus#TO_CONFIRM à confirmer} has none (the user enters the
 * amount of their class). {@code note} keeps what is reported about an unconfirmed amount.
 */
public record BaremeLine(LineKey key, String label, Map<SizeClass, BigDecimal> amounts, RuleStatus status,
        Source source, String note) {
    public BaremeLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        label = label == null ? "" : label;
        note = note == null ? "" : note;
        EnumMap<SizeClass, BigDecimal> copy = new EnumMap<>(SizeClass.class);
        amounts.forEach((size, amount) -> copy.put(size, Money.round(amount)));
        boolean complete = copy.size() == SizeClass.values().length;
        if (status == RuleStatus.CONFIRMED ? !complete : !copy.isEmpty()) {
            throw new IllegalArgumentException(key + ": a confirmed line has four amounts, an unconfirmed one none");
        }
        amounts = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<BigDecimal> amount(SizeClass size) {
        return Optional.ofNullable(amounts.get(size));
    }

    /** The reference printed beside the amount: the source’s citation. */
    public String reference() {
        return source.citation();
    }
}
