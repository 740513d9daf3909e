package fr.referentcpts.io.funding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import fr.referentcpts.core.common.DomainException;
import java.io.IOException;

/**
 * Reads JSON files written by people (rules files, command-line inputs) strictly: unknown or
 * duplicated keys, numbers given as strings, decimals where an integer is expected and trailing
 * content are errors, reported in French with the file name and the key’s path
 * ({@code missions[1].startDate}).
 *
 * <p>A streaming parser feeds {@link JsonRecordReader}, which maps the tokens onto records: the
 * databind {@code ObjectMapper} this replaces built its deserializers by introspection at every
 * start, which cost cold commands about 40 % of their time.
 */
public final class StrictJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** {@code json} as a {@code type}, or a {@link DomainException} naming the file and the faulty key. */
    public static <T> T read(byte[] json, Class<T> type, String fileName) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                throw new DomainException("funding.json.malformed", fileName, "1", "1");
            }
            if (first == null) {
                throw new DomainException("funding.json.notAnObject", fileName);
            }
            T value = type.cast(new JsonRecordReader(parser).value(type));
            if (parser.nextToken() != null) {
                throw new DomainException("funding.json.notAnObject", fileName);
            }
            return value;
        } catch (StreamReadException e) {
            JsonLocation location = e.getLocation();
            String line = location == null ? "?" : Integer.toString(location.getLineNr());
            String column = location == null ? "?" : Integer.toString(location.getColumnNr());
            throw new DomainException("funding.json.malformed", e, fileName, line, column);
        } catch (JsonRecordReader.Refusal e) {
            throw problem(e, fileName);
        } catch (IOException e) {
            throw new DomainException("funding.json.unreadable", e, fileName);
        }
    }

    /** The French problem for a refused key or value. */
    private static DomainException problem(JsonRecordReader.Refusal e, String fileName) {
        if (e.unknownKey() != null) {
            return e.path().isEmpty()
                    ? new DomainException("funding.json.unknownRootKey", e, fileName, e.unknownKey())
                    : new DomainException("funding.json.unknownKey", e, fileName, e.unknownKey(), e.path());
        }
        return e.path().isEmpty() ? new DomainException("funding.json.notAnObject", e, fileName)
                : new DomainException("funding.json.invalidValue", e, fileName, e.path());
    }
}
