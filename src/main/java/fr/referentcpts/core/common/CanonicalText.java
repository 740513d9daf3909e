package fr.referentcpts.core.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The canonical text of a value, for digests that name content: every component of every record
 * in declaration order, named, with plain formats (ISO dates, plain decimals, enum names) that
 * depend neither on the locale nor on {@code toString}; a map in the order of its keys. Read
 * through the records' accessors, not their {@code toString}: the first call of a record class's
 * {@code toString} links a method handle of its own, ≈ 4 ms cold for each of them.
 */
public final class CanonicalText {
    /**
     * The components of each record class, read once: each reading gives new accessors, and a new
     * accessor is slow on its first call (most of the time of a digest).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** A value that is not a record, written as one: its names and values, alternating. */
    public interface Named {
        Object[] namesAndValues();
    }

    private CanonicalText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** The components of the record class {@code type}, in declaration order. */
    public static RecordComponent[] components(Class<? extends Record> type) {
        return COMPONENTS.get(type);
    }

    /** Appends the canonical text of {@code value}; an {@link IllegalArgumentException} for a type it has none for. */
    public static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append('∅');
            case String s -> out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            case BigDecimal d -> out.append(d.toPlainString());
            case LocalDate d -> out.append(d);
            case UUID id -> out.append(id);
            case Enum<?> e -> out.append(e.name());
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Record r -> writeRecord(out, r);
            case Named n -> writeComponents(out, n.namesAndValues());
            case Collection<?> c -> {
                out.append('[');
                c.forEach(item -> {
                    write(out, item);
                    out.append(';');
                });
                out.append(']');
            }
            case SortedMap<?, ?> m -> writeMap(out, m);
            case Map<?, ?> m -> writeMap(out, sorted(m));
            default -> throw new IllegalArgumentException("no canonical form for " + value.getClass());
        }
    }

    /** The value of {@code component} in {@code record}. */
    public static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static void writeRecord(StringBuilder out, Record record) {
        out.append('{');
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            out.append(component.getName()).append(':');
            write(out, value(component, record));
            out.append(',');
        }
        out.append('}');
    }

    private static void writeComponents(StringBuilder out, Object... namesAndValues) {
        out.append('{');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(namesAndValues[i]).append(':');
            write(out, namesAndValues[i + 1]);
            out.append(',');
        }
        out.append('}');
    }

    /** A map in the order of its keys (an enum's: its declaration's), which must be comparable. */
    private static SortedMap<?, ?> sorted(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof Comparable<?>)) {
                throw new IllegalArgumentException("unordered map: " + map);
            }
        }
        return new TreeMap<>(map);
    }

    private static void writeMap(StringBuilder out, SortedMap<?, ?> map) {
        out.append('<');
        map.forEach((key, value) -> {
            write(out, key);
            out.append('=');
            write(out, value);
            out.append(';');
        });
        out.append('>');
    }
}
