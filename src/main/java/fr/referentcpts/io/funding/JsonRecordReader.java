package fr.referentcpts.io.funding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the tokens of a streaming {@link JsonParser} onto Java records, as strictly as the
 * databind settings it replaces (no coercion of scalars, no float as integer, no null for a
 * primitive, missing or null, no unknown key): records, {@code String}, {@code Integer}/{@code int},
 * {@code Long}/{@code long}, {@code Boolean}/{@code boolean}, {@code BigDecimal},
 * {@code List<X>}, {@code Map<String, X>} and {@code JsonNode}. A refusal is a
 * {@link Refusal} naming the key's path; syntax errors are the parser's own exceptions.
 */
final class JsonRecordReader {
    /** A record's components by name and its canonical constructor, found once per class. */
    private record Shape(Map<String, Integer> indexes, String[] names, Type[] types, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    /** What the reader refuses: an unknown key (its name and where), or a bad value (where). */
    static final class Refusal extends RuntimeException {
        private final String unknownKey;
        private final String path;

        Refusal(String unknownKey, String path) {
            super(describe(unknownKey, path), null, false, false);
            this.unknownKey = unknownKey;
            this.path = path;
        }

        private static String describe(String unknownKey, String path) {
            if (unknownKey == null) {
                return path;
            }
            return path.isEmpty() ? unknownKey : unknownKey + " in " + path;
        }

        /** The unknown key, or null when the value at {@link #path()} is refused. */
        String unknownKey() {
            return unknownKey;
        }

        /** « missions[1].startDate »; empty at the root. */
        String path() {
            return path;
        }
    }

    private final JsonParser parser;
    private final List<Object> path = new ArrayList<>();

    JsonRecordReader(JsonParser parser) {
        this.parser = parser;
    }

    /** The value of {@code type} starting at the parser's current token. */
    Object value(Type type) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw invalid();
            }
            return type == JsonNode.class ? JsonNodeFactory.instance.nullNode() : null;
        }
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            if (raw == List.class) {
                return list(generic.getActualTypeArguments()[0]);
            }
            if (raw == Map.class && generic.getActualTypeArguments()[0] == String.class) {
                return map(generic.getActualTypeArguments()[1]);
            }
            throw new IllegalArgumentException("Unsupported JSON target type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return record(c);
        }
        if (c == JsonNode.class) {
            return node();
        }
        return scalar(c, token);
    }

    private Object scalar(Class<?> c, JsonToken token) throws IOException {
        if (c == String.class) {
            // As databind does: a number or a boolean where text is expected is taken as its text.
            if (token == JsonToken.VALUE_STRING || token.isNumeric() || token.isBoolean()) {
                return parser.getText();
            }
        } else if (c == Integer.class || c == int.class) {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return parser.getIntValue();
            }
        } else if (c == Long.class || c == long.class) {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return parser.getLongValue();
            }
        } else if (c == Boolean.class || c == boolean.class) {
            if (token.isBoolean()) {
                return token == JsonToken.VALUE_TRUE;
            }
        } else if (c == BigDecimal.class) {
            if (token.isNumeric()) {
                return parser.getDecimalValue();
            }
        } else {
            throw new IllegalArgumentException("Unsupported JSON target type " + c);
        }
        throw invalid();
    }

    private Object record(Class<?> type) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid();
        }
        Shape shape = SHAPES.get(type);
        Object[] arguments = new Object[shape.types().length];
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Integer index = shape.indexes().get(name);
            if (index == null) {
                throw new Refusal(name, path());
            }
            parser.nextToken();
            path.add(name);
            arguments[index] = value(shape.types()[index]);
            path.removeLast();
        }
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null && shape.types()[i] instanceof Class<?> c && c.isPrimitive()) {
                path.add(shape.names()[i]);
                throw invalid();
            }
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw invalid();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private List<Object> list(Type element) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid();
        }
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            path.add(list.size());
            list.add(value(element));
            path.removeLast();
        }
        return list;
    }

    private Map<String, Object> map(Type value) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            path.add(key);
            map.put(key, value(value));
            path.removeLast();
        }
        return map;
    }

    /** A tree as databind builds it: int, long or big integer nodes, doubles for decimals. */
    private JsonNode node() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                    parser.nextToken();
                    object.set(key, node());
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node());
                }
                yield array;
            }
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw invalid();
        };
    }

    private Refusal invalid() {
        return new Refusal(null, path());
    }

    private String path() {
        StringBuilder text = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> indexes = new HashMap<>();
        Type[] types = new Type[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            indexes.put(components[i].getName(), i);
            types[i] = components[i].getGenericType();
            raw[i] = components[i].getType();
            names[i] = components[i].getName();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(raw);
            constructor.setAccessible(true);
            return new Shape(Map.copyOf(indexes), names, types, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No canonical constructor in " + type.getName(), e);
        }
    }
}
