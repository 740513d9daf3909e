package fr.referentcpts.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place where numbers, amounts and dates become French text, for the screens, the
 * command line and the printed annexes. Grouping uses the narrow no-break space (U+202F) of
 * the French CLDR locale: « 185 000,00 € », « 105 452 », « 15/03/2026 ».
 */
public final class FrenchFormat {
    public static final Locale LOCALE = Locale.FRANCE;
    /** Narrow no-break space, the French grouping separator. */
    public static final char GROUPING = '\u202F';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", LOCALE);

    /** Made once per thread (costly to make, not safe to share); formats exactly as a new one would. */
    private static final ThreadLocal<NumberFormat> INTEGER =
            ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(LOCALE));

    private FrenchFormat() {
    }

    /** 185000 → « 185 000,00 € » (two decimals, half-up). */
    public static String amount(BigDecimal amount) {
        return decimal(amount, 2) + "\u00A0€";
    }

    /** 45000 → « 45 000 € » for barème figures that are whole euros. */
    public static String wholeAmount(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() <= 0) {
            return decimal(amount, 0) + "\u00A0€";
        }
        return amount(amount);
    }

    /**
     * {@code value} rounded half-up to {@code scale} decimals, grouped by three with U+202F, a
     * decimal comma, a hyphen-minus before a negative value — exactly what the JDK's French
     * {@link NumberFormat} writes (checked against it by the tests), written directly: the funding
     * calendar's explanations format thousands of figures.
     */
    public static String decimal(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String digits = rounded.unscaledValue().abs().toString();
        int integerDigits = digits.length() - scale;
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 3);
        if (rounded.signum() < 0) {
            text.append('-');
        }
        if (integerDigits <= 0) {
            text.append('0');
        } else {
            for (int i = 0; i < integerDigits; i++) {
                if (i > 0 && (integerDigits - i) % 3 == 0) {
                    text.append(GROUPING);
                }
                text.append(digits.charAt(i));
            }
        }
        if (scale > 0) {
            text.append(',');
            text.repeat('0', Math.max(0, -integerDigits)).append(digits, Math.max(0, integerDigits), digits.length());
        }
        return text.toString();
    }

    /** The same figure as {@link #decimal}, through the JDK's French number format (the reference of the tests). */
    static String decimalByNumberFormat(BigDecimal value, int scale) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return normalize(format.format(value.setScale(scale, RoundingMode.HALF_UP)));
    }

    /** 105452 → « 105 452 ». */
    public static String integer(long value) {
        return normalize(INTEGER.get().format(value));
    }

    /** 0.8 → « 80 % ». */
    public static String percent(BigDecimal ratio) {
        BigDecimal percent = ratio.multiply(BigDecimal.valueOf(100));
        int scale = percent.stripTrailingZeros().scale() <= 0 ? 0 : 1;
        return decimal(percent, scale) + "\u00A0%";
    }

    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return DATE.format(date);
        }
        // « dd/MM/yyyy » written directly (the calendars format thousands of dates).
        char[] text = {'0', '0', '/', '0', '0', '/', '0', '0', '0', '0'};
        twoDigits(text, 0, date.getDayOfMonth());
        twoDigits(text, 3, date.getMonthValue());
        twoDigits(text, 6, year / 100);
        twoDigits(text, 8, year % 100);
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** CLDR's French grouping may be U+00A0 or U+202F depending on the JDK: always use U+202F. */
    private static String normalize(String text) {
        return text.replace('\u00A0', GROUPING);
    }
}
