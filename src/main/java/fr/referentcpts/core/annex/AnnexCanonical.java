package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.Explanation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * The canonical text of a report, hashed for its document identifier: every component of every
 * record in declaration order, named, with plain formats (ISO dates, plain decimals, enum
 * names) that depend neither on the locale nor on {@code toString}. The generation date is left
 * out: the identifier names the content, so regenerating the same content another day keeps it.
 */
final class AnnexCanonical {
    /**
     * The components of each record class, read once: each reading gives new accessors, and a new
     * accessor is slow on its first call (most of the time of a fingerprint).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private AnnexCanonical() {
    }

    static String sha256(AnnexReport report) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(report).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static String text(AnnexReport report) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent component : COMPONENTS.get(AnnexReport.class)) {
            if (!component.getName().equals("generatedOn")) {
                out.append(component.getName()).append('=');
                write(out, value(component, report));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
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
            // formatted on demand, an explanation is no longer a record: written as when it was one
            case Explanation e -> writeComponents(out, "messageKey", e.messageKey(), "argumentList", e.argumentList());
            case Collection<?> c -> {
                out.append('[');
                c.forEach(item -> {
                    write(out, item);
                    out.append(';');
                });
                out.append(']');
            }
            case SortedMap<?, ?> m -> writeMap(out, m);
            case Map<?, ?> m -> throw new IllegalArgumentException("unordered map in a report: " + m);
            default -> throw new IllegalArgumentException("no canonical form for " + value.getClass());
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

    /** Like {@link #writeRecord} for a value that is not a record: names and values alternate. */
    private static void writeComponents(StringBuilder out, Object... namesAndValues) {
        out.append('{');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(namesAndValues[i]).append(':');
            write(out, namesAndValues[i + 1]);
            out.append(',');
        }
        out.append('}');
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

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
