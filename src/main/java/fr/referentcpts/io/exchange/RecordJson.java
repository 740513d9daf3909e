package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.core.common.DomainException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The workflow's records (stage forms, meetings, history, reviews, payments) to and from JSON,
 * component by component: text for dates, times, ids and enum names, numbers for amounts.
 * Reading is strict (unknown or malformed fields are refused, naming their path). A component
 * named {@code version} is an optimistic-locking counter of the source database: it is not
 * written, and reads as 0 (a new row in this database).
 */
final class RecordJson {
    private static final String VERSION = "version";

    private RecordJson() {
    }

    static JsonNode write(ObjectMapper mapper, Object value) {
        if (value == null) {
            return mapper.nullNode();
        }
        if (value instanceof Record record) {
            ObjectNode node = mapper.createObjectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!component.getName().equals(VERSION)) {
                    node.set(component.getName(), write(mapper, get(component, record)));
                }
            }
            return node;
        }
        if (value instanceof Set<?> items) {
            ArrayNode array = mapper.createArrayNode();
            items.stream().sorted(RecordJson::compare).forEach(item -> array.add(write(mapper, item)));
            return array;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = mapper.createArrayNode();
            items.forEach(item -> array.add(write(mapper, item)));
            return array;
        }
        if (value instanceof Boolean b) {
            return mapper.getNodeFactory().booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return mapper.getNodeFactory().numberNode(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return mapper.getNodeFactory().numberNode(d);
        }
        if (value instanceof Enum<?> e) {
            return mapper.getNodeFactory().textNode(e.name());
        }
        return mapper.getNodeFactory().textNode(value.toString());
    }

    /** Set elements in a fixed order (an immutable set's iteration order changes from one run to the next). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    @SuppressWarnings("unchecked")
    static <T> T read(JsonNode node, Class<T> type, String path) {
        return (T) read(node, (Type) type, path);
    }

    private static Object read(JsonNode node, Type type, String path) {
        if (type instanceof ParameterizedType p) {
            return collection(node, p, path);
        }
        Class<?> c = (Class<?>) type;
        if (node == null || node.isNull()) {
            if (c.isPrimitive()) {
                throw invalid(path);
            }
            return null;
        }
        try {
            if (c.isRecord()) {
                return record(node, c, path);
            }
            if (c == String.class && node.isTextual()) {
                return node.textValue();
            }
            if ((c == int.class || c == Integer.class) && node.canConvertToInt() && node.isIntegralNumber()) {
                return node.intValue();
            }
            if ((c == long.class || c == Long.class) && node.canConvertToLong() && node.isIntegralNumber()) {
                return node.longValue();
            }
            if ((c == boolean.class || c == Boolean.class) && node.isBoolean()) {
                return node.booleanValue();
            }
            if (c == BigDecimal.class && node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isTextual()) {
                String text = node.textValue();
                if (c == UUID.class) {
                    return UUID.fromString(text);
                }
                if (c == LocalDate.class) {
                    return LocalDate.parse(text);
                }
                if (c == LocalTime.class) {
                    return LocalTime.parse(text);
                }
                if (c == Instant.class) {
                    return Instant.parse(text);
                }
                if (c.isEnum()) {
                    return enumValue(c, text);
                }
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid(path);
        }
        throw invalid(path);
    }

    private static Object record(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            throw invalid(path);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            known.add(component.getName());
            values[i] = component.getName().equals(VERSION) ? 0
                    : read(node.get(component.getName()), component.getGenericType(), path + "." + component.getName());
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name) || name.equals(VERSION)) {
                throw new DomainException("exchange.error.unknownField", path + "." + name);
            }
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw invalid(path);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record " + type.getName() + " cannot be rebuilt", e);
        }
    }

    private static Object collection(JsonNode node, ParameterizedType type, String path) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid(path);
        }
        Type element = type.getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(read(node.get(i), element, path + "[" + i + "]"));
        }
        Class<?> raw = (Class<?>) type.getRawType();
        if (Set.class.isAssignableFrom(raw)) {
            return new LinkedHashSet<>(items);
        }
        return items;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.toString(), e);
        }
    }

    private static DomainException invalid(String path) {
        return new DomainException("exchange.error.field", path);
    }
}
