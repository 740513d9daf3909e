package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import fr.referentcpts.core.common.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one JSON object of an imported file strictly: every field has the expected type, no
 * field is unknown, and a problem names its path (« cases[0].people[2].kind »).
 */
final class JsonReader {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    JsonReader(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DomainException("exchange.error.field", path);
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    DomainException invalid(String field) {
        return new DomainException("exchange.error.field", path + "." + field);
    }

    private JsonNode field(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if ((value == null || value.isNull()) && required) {
            throw invalid(name);
        }
        return value == null || value.isNull() ? null : value;
    }

    String text(String name) {
        JsonNode value = field(name, true);
        if (!value.isTextual()) {
            throw invalid(name);
        }
        return value.textValue();
    }

    boolean bool(String name) {
        JsonNode value = field(name, true);
        if (!value.isBoolean()) {
            throw invalid(name);
        }
        return value.booleanValue();
    }

    long longValue(String name) {
        JsonNode value = field(name, true);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name);
        }
        return value.longValue();
    }

    int intValue(String name) {
        JsonNode value = field(name, true);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name);
        }
        return value.intValue();
    }

    BigDecimal decimal(String name) {
        JsonNode value = field(name, true);
        if (!value.isNumber()) {
            throw invalid(name);
        }
        return value.decimalValue();
    }

    BigDecimal optionalDecimal(String name) {
        JsonNode value = field(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name);
        }
        return value.decimalValue();
    }

    UUID uuid(String name) {
        try {
            return UUID.fromString(text(name));
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    Instant instant(String name) {
        try {
            return Instant.parse(text(name));
        } catch (DateTimeParseException e) {
            throw invalid(name);
        }
    }

    LocalDate optionalDate(String name) {
        JsonNode value = field(name, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw invalid(name);
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        try {
            return Enum.valueOf(type, text(name));
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        JsonNode value = field(name, false);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    /** A text a file of an earlier format may leave out: empty then. */
    String optionalText(String name) {
        JsonNode value = field(name, false);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            throw invalid(name);
        }
        return value.textValue();
    }

    /** An array a file of an earlier format may leave out: empty then. */
    <T> List<T> optionalArray(String name, Function<JsonReader, T> item) {
        return node.get(name) == null || node.get(name).isNull() ? emptyRead(name) : array(name, item);
    }

    private <T> List<T> emptyRead(String name) {
        read.add(name);
        return List.of();
    }

    JsonNode object(String name) {
        JsonNode value = field(name, true);
        if (!value.isObject()) {
            throw invalid(name);
        }
        return value;
    }

    <T> List<T> array(String name, Function<JsonReader, T> item) {
        JsonNode value = field(name, true);
        if (!value.isArray()) {
            throw invalid(name);
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonReader reader = new JsonReader(value.get(i), path + "." + name + "[" + i + "]");
            items.add(item.apply(reader));
            reader.done();
        }
        return items;
    }

    /** Refuses a field nobody asked for: a file from another tool or a newer format. */
    void done() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new DomainException("exchange.error.unknownField", path + "." + name);
            }
        }
    }
}
