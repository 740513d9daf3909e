package fr.referentcpts.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reader of numbers typed by the referent, the French way. Every form uses it, so
 * « 50 000 » means the same thing everywhere.
 * <ul>
 * <li>Digits may be grouped by spaces: ordinary, no-break (U+00A0) or narrow no-break (U+202F,
 * what {@link FrenchFormat} prints, so a value copied from the screen reads back).</li>
 * <li>The decimal separator is the comma, the point is accepted too: « 50 000,50 »,
 * « 50000.50 ».</li>
 * <li>A leading minus sign is read; whether a negative value makes sense is the form's rule.</li>
 * <li>Empty text is not an error: {@link Parsed#isEmpty()}; whether the field is required is
 * the form's rule.</li>
 * </ul>
 * No French text here: a refusal is a {@link Problem} whose message key takes the field's name
 * ({0}) and the text typed ({1}).
 */
public final class FrenchNumbers {
    /** Spaces a French number may be grouped with (ordinary, no-break, narrow no-break, figure, thin). */
    private static final String SPACE_CHARS = " \u00A0\u202F\u2007\u2009";
    private static final String SPACE = "[" + SPACE_CHARS + "]";
    private static final Pattern EDGES = Pattern.compile("^[\\s" + SPACE_CHARS + "]+|[\\s" + SPACE_CHARS + "]+$");
    /** Grouped by spaces, groups of three digits after the first: « 1 250 000,50 », not « 12 50 ». */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(" + SPACE + "\\d{3})+([.,]\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    /** « 16.774 », « 1.250.000 »: points grouping thousands, read as such in a whole number. */
    private static final Pattern DOTTED_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FrenchNumbers() {
    }

    /** Why a typed number is refused. Arguments of the message: {0} the field, {1} the text typed. */
    public enum Problem implements Keyed {
        NOT_AN_AMOUNT("number.error.notAnAmount"),
        NOT_A_NUMBER("number.error.notANumber"),
        NOT_A_PERCENT("number.error.notAPercent"),
        NOT_AN_INTEGER("number.error.notAnInteger"),
        /** A whole number was expected, decimals were typed. */
        NOT_WHOLE("number.error.notWhole"),
        /** More decimals than the value can hold: cents for an amount, hundredths of a percent. */
        TOO_MANY_DECIMALS("number.error.tooManyDecimals"),
        TOO_LARGE("number.error.tooLarge");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * What was read: a value, nothing (empty text), or a problem. {@code value} is null when
     * empty or refused; {@code problem} is null unless refused.
     */
    public record Parsed<T>(T value, Problem problem) {
        static <T> Parsed<T> empty() {
            return new Parsed<>(null, null);
        }

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> refused(Problem problem) {
            return new Parsed<>(null, problem);
        }

        /** Readable: a number or nothing typed. */
        public boolean valid() {
            return problem == null;
        }

        public boolean isEmpty() {
            return value == null && problem == null;
        }

        public Optional<T> optional() {
            return Optional.ofNullable(value);
        }
    }

    /**
     * A sum of money, a trailing « € » allowed, at most two decimals, returned with scale 2:
     * « 50 000 » → 50000.00, « 50 000,5 € » → 50000.50, « 50000.505 » refused (no fraction of
     * a cent).
     */
    public static Parsed<BigDecimal> parseAmount(String text) {
        String typed = trim(text);
        if (typed.isEmpty()) {
            return Parsed.empty();
        }
        Parsed<BigDecimal> read = decimal(withoutUnit(typed, "€"), Problem.NOT_AN_AMOUNT);
        if (read.value() == null) {
            return read;
        }
        if (read.value().scale() > 2) {
            return Parsed.refused(Problem.TOO_MANY_DECIMALS);
        }
        return Parsed.of(read.value().setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * Any decimal number (a measure, a weight, a threshold), as many decimals as typed:
     * « 12,5 » → 12.5, « 1 250 » → 1250. No unit sign.
     */
    public static Parsed<BigDecimal> parseDecimal(String text) {
        String typed = trim(text);
        return typed.isEmpty() ? Parsed.empty() : decimal(typed, Problem.NOT_A_NUMBER);
    }

    /**
     * A percentage, a trailing « % » allowed, at most two decimals, returned as the ratio with
     * scale 4: « 75 » → 0.7500, « 82,5 % » → 0.8250, « 82,555 » refused.
     */
    public static Parsed<BigDecimal> parsePercent(String text) {
        String typed = trim(text);
        if (typed.isEmpty()) {
            return Parsed.empty();
        }
        Parsed<BigDecimal> read = decimal(withoutUnit(typed, "%"), Problem.NOT_A_PERCENT);
        if (read.value() == null) {
            return read;
        }
        if (read.value().scale() > 2) {
            return Parsed.refused(Problem.TOO_MANY_DECIMALS);
        }
        return Parsed.of(read.value().divide(HUNDRED).setScale(4, RoundingMode.UNNECESSARY));
    }

    /**
     * A whole number (a population, a count): « 75 000 » → 75000, « 16.774 » → 16774 (points
     * grouping thousands); « 75 000,5 » refused as not whole, above {@link Long#MAX_VALUE}
     * refused as too large.
     */
    public static Parsed<Long> parseInteger(String text) {
        String typed = trim(text);
        if (typed.isEmpty()) {
            return Parsed.empty();
        }
        if (DOTTED_GROUPS.matcher(typed).matches()) {
            typed = typed.replace(".", "");
        }
        Parsed<BigDecimal> read = decimal(typed, Problem.NOT_AN_INTEGER);
        if (read.value() == null) {
            return Parsed.refused(read.problem());
        }
        if (read.value().scale() > 0) {
            return Parsed.refused(Problem.NOT_WHOLE);
        }
        try {
            return Parsed.of(read.value().longValueExact());
        } catch (ArithmeticException e) {
            return Parsed.refused(Problem.TOO_LARGE);
        }
    }

    /** {@link #parseInteger} for a value held in an {@code int}: above {@link Integer#MAX_VALUE} is too large. */
    public static Parsed<Integer> parseInt(String text) {
        Parsed<Long> read = parseInteger(text);
        if (read.value() == null) {
            return new Parsed<>(null, read.problem());
        }
        if (read.value() > Integer.MAX_VALUE || read.value() < Integer.MIN_VALUE) {
            return Parsed.refused(Problem.TOO_LARGE);
        }
        return Parsed.of(read.value().intValue());
    }

    /** Without the spaces around, no-break ones included ({@link String#strip} keeps those). */
    private static String trim(String text) {
        return text == null ? "" : EDGES.matcher(text).replaceAll("");
    }

    /** « 50 000 € » → « 50 000 »: the unit sign at the end, with or without a space before it. */
    private static String withoutUnit(String typed, String unit) {
        return typed.endsWith(unit) ? typed.substring(0, typed.length() - unit.length()).replaceAll(SPACE + "+$", "")
                : typed;
    }

    /** Stripped text → a number: digits, grouped by spaces or not, one decimal separator. */
    private static Parsed<BigDecimal> decimal(String typed, Problem notANumber) {
        String digits = typed;
        if (GROUPED.matcher(typed).matches()) {
            digits = typed.replaceAll(SPACE, "");
        }
        if (!DECIMAL.matcher(digits).matches()) {
            return Parsed.refused(notANumber);
        }
        return Parsed.of(new BigDecimal(digits.replace(',', '.')));
    }
}
