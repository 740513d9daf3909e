package fr.referentcpts.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.FrenchNumbers.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchNumbersTest {

    /** Spaces written as escapes: U+00A0 no-break, U+202F narrow no-break (what the screens print). */
    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', value = {
            "50 000          | 50000.00",
            "50000           | 50000.00",
            "50 000,50       | 50000.50",
            "50000.50        | 50000.50",
            "50 000 €        | 50000.00",
            "50 000,5€       | 50000.50",
            "50\u00A0000     | 50000.00",
            "1\u202F250\u202F000,75\u00A0€ | 1250000.75",
            "0,1             | 0.10",
            "-1 250          | -1250.00"})
    void amountsTypedTheFrenchWayAreReadToTheCent(String typed, String expected) {
        FrenchNumbers.Parsed<BigDecimal> parsed = FrenchNumbers.parseAmount(typed);
        assertEquals(new BigDecimal(expected), parsed.value());
        assertEquals(2, parsed.value().scale());
    }

    @ParameterizedTest(name = "« {0} » refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "50 000,505       | TOO_MANY_DECIMALS",
            "12.345           | TOO_MANY_DECIMALS",
            "vingt mille      | NOT_AN_AMOUNT",
            "60 000 euros     | NOT_AN_AMOUNT",
            "50 00            | NOT_AN_AMOUNT",
            "5 0000           | NOT_AN_AMOUNT",
            "1.250,50         | NOT_AN_AMOUNT",
            "12,              | NOT_AN_AMOUNT",
            ",5               | NOT_AN_AMOUNT",
            "€                | NOT_AN_AMOUNT",
            "12 € 50          | NOT_AN_AMOUNT",
            "1e5              | NOT_AN_AMOUNT"})
    void garbageAndFractionsOfACentAreRefused(String typed, Problem expected) {
        FrenchNumbers.Parsed<BigDecimal> parsed = FrenchNumbers.parseAmount(typed);
        assertEquals(expected, parsed.problem());
        assertNull(parsed.value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void nothingTypedIsEmptyNotAnError(String typed) {
        assertTrue(FrenchNumbers.parseAmount(typed).isEmpty());
        assertTrue(FrenchNumbers.parseDecimal(typed).isEmpty());
        assertTrue(FrenchNumbers.parsePercent(typed).isEmpty());
        assertTrue(FrenchNumbers.parseInteger(typed).isEmpty());
        assertTrue(FrenchNumbers.parseInteger(typed).valid());
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', value = {
            "12,5       | 12.5",
            "12.5       | 12.5",
            "1 250      | 1250",
            "0,125      | 0.125",
            "-3,75      | -3.75"})
    void decimalsKeepTheDecimalsTyped(String typed, String expected) {
        assertEquals(new BigDecimal(expected), FrenchNumbers.parseDecimal(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze", "12,5 €", "12 %", "1,2,3"})
    void aDecimalHasNoUnit(String typed) {
        assertEquals(Problem.NOT_A_NUMBER, FrenchNumbers.parseDecimal(typed).problem());
    }

    /** 82,5 % = 82.5 / 100 = 0.825, kept to four places (hundredths of a percent). */
    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', value = {
            "75        | 0.7500",
            "82,5      | 0.8250",
            "82,5 %    | 0.8250",
            "100%      | 1.0000",
            "33.33     | 0.3333"})
    void percentagesBecomeRatios(String typed, String expected) {
        assertEquals(new BigDecimal(expected), FrenchNumbers.parsePercent(typed).value());
    }

    @Test
    void aPercentageStopsAtHundredths() {
        assertEquals(Problem.TOO_MANY_DECIMALS, FrenchNumbers.parsePercent("33,333").problem());
        assertEquals(Problem.NOT_A_PERCENT, FrenchNumbers.parsePercent("beaucoup").problem());
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', value = {
            "75 000             | 75000",
            "75000              | 75000",
            "75\u202F000        | 75000",
            "16.774             | 16774",
            "1.250.000          | 1250000",
            "9 223 372 036 854 775 807 | 9223372036854775807"})
    void populationsAreWholeNumbers(String typed, long expected) {
        assertEquals(expected, FrenchNumbers.parseInteger(typed).value());
    }

    @ParameterizedTest(name = "« {0} » refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "75 000,5                  | NOT_WHOLE",
            "16.7                      | NOT_WHOLE",
            "9 223 372 036 854 775 808 | TOO_LARGE",
            "99999999999999999999      | TOO_LARGE",
            "16 7a4                    | NOT_AN_INTEGER",
            "cent mille                | NOT_AN_INTEGER",
            "75 000 €                  | NOT_AN_INTEGER"})
    void aPopulationRefusesDecimalsGarbageAndOverflow(String typed, Problem expected) {
        assertEquals(expected, FrenchNumbers.parseInteger(typed).problem());
    }

    @Test
    void anIntFieldRefusesWhatAnIntCannotHold() {
        // Integer.MAX_VALUE = 2 147 483 647
        assertEquals(2_147_483_647, FrenchNumbers.parseInt("2 147 483 647").value());
        assertEquals(Problem.TOO_LARGE, FrenchNumbers.parseInt("2 147 483 648").problem());
        assertEquals(Problem.NOT_WHOLE, FrenchNumbers.parseInt("4,5").problem());
    }
}
