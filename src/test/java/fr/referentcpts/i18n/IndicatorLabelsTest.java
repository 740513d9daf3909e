package fr.referentcpts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicator terms written the way real signed annexes write them (« 50 et moins → 9 000 € », « ≥ 72,40 % »). */
class IndicatorLabelsTest {
    private final IndicatorLabels labels = new IndicatorLabels(new Messages());

    private static IndicatorTier tier(String threshold, String amount, String label) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), label);
    }

    /** Spaces as a reader sees them: the narrow and ordinary no-break spaces of French amounts become plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void lowerIsBetterTiersReadAsRanges() {
        // typed in any order, printed by increasing threshold; DECIMAL(14, 2) gives 50.00
        List<IndicatorTier> ald = List.of(tier("219.00", "3000.00", ""), tier("50.00", "9000.00", ""),
                tier("100.00", "6000.00", ""));
        assertEquals("50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 → 3 000 €",
                plain(labels.terms(Direction.LOWER_IS_BETTER, "patients", null, ald)));
    }

    @Test
    void higherIsBetterTiersReadAsThresholdsWithTheirLabels() {
        List<IndicatorTier> screening = List.of(tier("69.70", "1000", "socle"), tier("72.40", "2500", "intermédiaire"),
                tier("75", "3500", "objectif"));
        assertEquals(List.of("socle : ≥ 69,70 % → 1 000 €", "intermédiaire : ≥ 72,40 % → 2 500 €",
                "objectif : ≥ 75 % → 3 500 €"),
                labels.tiers(Direction.HIGHER_IS_BETTER, "%", screening).stream().map(IndicatorLabelsTest::plain)
                        .toList());
    }

    @Test
    void decimalThresholdsWhenLowerIsBetterSayMoreThan() {
        assertEquals("7,50 et moins → 2 000 € ; plus de 7,50 à 10 → 1 000 €",
                plain(labels.terms(Direction.LOWER_IS_BETTER, "jours", null,
                        List.of(tier("7.5", "2000", ""), tier("10", "1000", "")))));
    }

    @Test
    void anAmountAloneIsTheAmountAndNoTermsIsEmpty() {
        assertEquals("2 500,50 €", plain(labels.terms(Direction.YES_NO, "", new BigDecimal("2500.50"), List.of())));
        assertEquals("9 000 €", plain(labels.terms(Direction.HIGHER_IS_BETTER, "", new BigDecimal("9000.00"),
                List.of())));
        assertEquals("", labels.terms(Direction.HIGHER_IS_BETTER, "", null, List.of()));
    }

    @ParameterizedTest(name = "{0} → « {1} »")
    @CsvSource({"66.26, '66,26'", "72.4, '72,40'", "75.00, 75", "219, 219", "12.345, '12,345'", "1500, 1 500"})
    void valuesAreWholeOrWithAtLeastTwoDecimals(String value, String expected) {
        assertEquals(expected, plain(IndicatorLabels.value(new BigDecimal(value))));
    }
}
