package fr.referentcpts.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Figures and dates written directly are exactly those of the JDK's French formats. */
class FrenchFormatTest {

    @Test
    void figuresAreWrittenAsTheFrenchNumberFormatWritesThem() {
        for (String edge : new String[] {"0", "-0.004", "-0.005", "0.005", "999.995", "-999.995", "1000", "-1000",
            "123456789012345678.125", "0.0001", "105452", "185000", "-1", "12.5", "0.125", "1e3", "1E-7"}) {
            for (int scale = 0; scale <= 4; scale++) {
                same(new BigDecimal(edge), scale);
            }
        }
        Random random = new Random(2026);
        for (int i = 0; i < 50_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(62), random);
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled.negate() : unscaled, random.nextInt(9) - 2);
            same(value, random.nextInt(5));
        }
    }

    @Test
    void amountsAndPercentagesReadInFrench() {
        assertEquals("185\u202F000,00\u00A0€", FrenchFormat.amount(new BigDecimal("185000")));
        assertEquals("-1\u202F234,57\u00A0€", FrenchFormat.amount(new BigDecimal("-1234.565")));
        assertEquals("45\u202F000\u00A0€", FrenchFormat.wholeAmount(new BigDecimal("45000.00")));
        assertEquals("80\u00A0%", FrenchFormat.percent(new BigDecimal("0.8")));
        assertEquals("12,5\u00A0%", FrenchFormat.percent(new BigDecimal("0.125")));
    }

    @Test
    void datesAreWrittenAsTheFrenchDateFormatWritesThem() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
        for (LocalDate date = LocalDate.of(1899, 12, 25); date.isBefore(LocalDate.of(2101, 1, 10));
                date = date.plusDays(1)) {
            assertEquals(reference.format(date), FrenchFormat.date(date));
        }
        for (LocalDate date : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-5, 3, 1)}) {
            assertEquals(reference.format(date), FrenchFormat.date(date));
        }
        assertEquals("", FrenchFormat.date(null));
    }

    private static void same(BigDecimal value, int scale) {
        assertEquals(FrenchFormat.decimalByNumberFormat(value, scale), FrenchFormat.decimal(value, scale),
                value.toPlainString() + " at " + scale);
    }
}
