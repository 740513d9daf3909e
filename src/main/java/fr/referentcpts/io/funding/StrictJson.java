package fr.referentcpts.io.funding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.referentcpts.core.common.DomainException;
import java.util.List;

/**
 * Reads JSON files written by people (rules files, command-line inputs) strictly: unknown or
 * duplicated keys, numbers given as strings, decimals where an integer is expected and trailing
 * content are errors, reported in French with the file name and the key’s path
 * ({@code missions[1].startDate}).
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** {@code json} as a {@code type}, or a {@link DomainException} naming the file and the faulty key. */
    public static <T> T read(byte[] json, Class<T> type, String fileName) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new DomainException("funding.json.malformed", fileName, "1", "1");
            }
            return value;
        } catch (JacksonException e) {
            throw problem(e, fileName);
        } catch (java.io.IOException e) {
            throw new DomainException("funding.json.unreadable", e, fileName);
        }
    }

    /** The French problem for a Jackson failure: unknown key, bad value, or malformed JSON. */
    static DomainException problem(JacksonException e, String fileName) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            JsonLocation location = syntax.getLocation();
            String line = location == null ? "?" : Integer.toString(location.getLineNr());
            String column = location == null ? "?" : Integer.toString(location.getColumnNr());
            return new DomainException("funding.json.malformed", e, fileName, line, column);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            String where = path(path.subList(0, Math.max(0, path.size() - 1)));
            return where.isEmpty()
                    ? new DomainException("funding.json.unknownRootKey", e, fileName, unknown.getPropertyName())
                    : new DomainException("funding.json.unknownKey", e, fileName, unknown.getPropertyName(), where);
        }
        String where = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        return where.isEmpty() ? new DomainException("funding.json.notAnObject", e, fileName)
                : new DomainException("funding.json.invalidValue", e, fileName, where);
    }

    /** The syntax error behind {@code e} (Jackson wraps it with the path being read), if any. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        return null;
    }

    /** « missions[1].startDate ». */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
