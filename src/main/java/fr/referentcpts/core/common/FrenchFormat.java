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

    public static String decimal(BigDecimal value, int scale) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return normalize(format.format(value.setScale(scale, RoundingMode.HALF_UP)));
    }

    /** 105452 → « 105 452 ». */
    public static String integer(long value) {
        return normalize(NumberFormat.getIntegerInstance(LOCALE).format(value));
    }

    /** 0.8 → « 80 % ». */
    public static String percent(BigDecimal ratio) {
        BigDecimal percent = ratio.multiply(BigDecimal.valueOf(100));
        int scale = percent.stripTrailingZeros().scale() <= 0 ? 0 : 1;
        return decimal(percent, scale) + "\u00A0%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** CLDR's French grouping may be U+00A0 or U+202F depending on the JDK: always use U+202F. */
    private static String normalize(String text) {
        return text.replace('\u00A0', GROUPING);
    }
}
