package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the barème with a cell per size class, each with its amount, status and source
 * ({@link BaremeCell}). {@code source} is the line's main reference; {@code note} keeps what is
 * reported about amounts not confirmed. {@code signedBefore}, when set, limits the line to
 * contracts signed before that date (avenant 2's operating complement).
 */
public record BaremeLine(LineKey key, String label, Map<SizeClass, BaremeCell> cells, Source source, String note,
        LocalDate signedBefore) {
    public BaremeLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        label = label == null ? "" : label;
        note = note == null ? "" : note;
        EnumMap<SizeClass, BaremeCell> copy = new EnumMap<>(SizeClass.class);
        copy.putAll(cells);
        if (copy.size() != SizeClass.values().length) {
            throw new IllegalArgumentException(key + ": one cell per size class");
        }
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    /** A line with the same status and source in its four cells (tests, simple files). */
    public static BaremeLine uniform(LineKey key, String label, Map<SizeClass, BigDecimal> amounts, RuleStatus status,
            Source source, String note) {
        EnumMap<SizeClass, BaremeCell> cells = new EnumMap<>(SizeClass.class);
        for (SizeClass size : SizeClass.values()) {
            cells.put(size, new BaremeCell(amounts.get(size), status, source, ""));
        }
        return new BaremeLine(key, label, cells, source, note, null);
    }

    public BaremeCell cell(SizeClass size) {
        return cells.get(size);
    }

    /** The amount of {@code size}, confirmed or proposed; empty when unknown. */
    public Optional<BigDecimal> amount(SizeClass size) {
        return Optional.ofNullable(cells.get(size).amount());
    }

    /** True when every cell is stated by a text or confirmed by the cellule. */
    public boolean confirmed() {
        return cells.values().stream().allMatch(c -> c.status().confirmed());
    }

    /** The reference printed beside the amount of {@code size}: its cell's citation. */
    public String reference(SizeClass size) {
        return cells.get(size).source().citation();
    }

    /** This line with {@code cell} for {@code size}. */
    public BaremeLine with(SizeClass size, BaremeCell cell) {
        EnumMap<SizeClass, BaremeCell> copy = new EnumMap<>(cells);
        copy.put(size, cell);
        return new BaremeLine(key, label, copy, source, note, signedBefore);
    }
}
