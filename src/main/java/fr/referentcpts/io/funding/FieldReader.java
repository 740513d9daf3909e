package fr.referentcpts.io.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.io.funding.RulesFileModel.SourceJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the fields of one rules file, refusing a missing or malformed one with its path. */
final class FieldReader {
    private final String fileName;

    FieldReader(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    <T> T required(T value, String path) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new DomainException("funding.rules.error.missing", fileName, path);
        }
        return value;
    }

    LocalDate date(String text, String path) {
        required(text, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("funding.rules.error.badDate", e, fileName, text, path);
        }
    }

    LocalDate optionalDate(String text, String path) {
        return text == null ? null : date(text, path);
    }

    /** « confirmed », « cellule », « proposed » or « à confirmer », exactly as the files write them. */
    RuleStatus status(String text, String path) {
        return RuleStatus.ofCode(required(text, path))
                .orElseThrow(() -> new DomainException("funding.rules.error.badStatus", fileName, text, path));
    }

    /** The constant of {@code type} named {@code text} (case-sensitive, as written in the README). */
    <E extends Enum<E>> E code(Class<E> type, String text, String path) {
        required(text, path);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new DomainException("funding.rules.error.badCode", fileName, text, path, names(type));
    }

    /** Like {@link #code} for lower-case codes (« socle », « optional »). */
    <E extends Enum<E>> E lowerCode(Class<E> type, String text, String path) {
        return code(type, required(text, path).toUpperCase(Locale.ROOT), path);
    }

    Source source(SourceJson json, String path) {
        required(json, path);
        return new Source(required(json.text(), path + ".text"), json.reference(), date(json.date(), path + ".date"));
    }

    boolean flag(Boolean value) {
        return value != null && value;
    }

    DomainException invalid(String path, String value) {
        return new DomainException("funding.rules.error.badValue", fileName, value, path);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
