package fr.referentcpts.core.exchange;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A record as comparable text: every component but {@code version} (a row counter of one
 * database, not data), decimals without trailing zeros (« 2.50 » and « 2.5 » are the same
 * amount), sets in a stable order.
 */
final class RecordText {
    private RecordText() {
    }

    static String of(Object value) {
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!component.getName().equals("version")) {
                    text.append(component.getName()).append('=').append(of(get(component, record))).append(';');
                }
            }
            return text.append(']').toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.util.Set<?> set) {
            return set.stream().map(RecordText::of).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(RecordText::of).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.toString(), e);
        }
    }
}
