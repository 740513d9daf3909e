package fr.referentcpts.core.missions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one indicator earns under the terms a real annex states, as worked examples. */
class IndicatorTermsTest {
    private static final UUID CASE = UUID.randomUUID();

    /** « Patients en ALD sans médecin traitant, initial 219 : 50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 → 3 000 € ». */
    static Indicator ald(Map<Integer, BigDecimal> measured) {
        return new Indicator(UUID.randomUUID(), CASE, Mission.ACCESS, "Patients en ALD sans médecin traitant",
                IndicatorKind.RESULTS, "patients", new BigDecimal("219"), Direction.LOWER_IS_BETTER, BigDecimal.ONE,
                Map.of(), measured, null, List.of(tier("219", "3000", ""), tier("50", "9000", ""),
                        tier("100", "6000", "")), "Données issues de requêtes locales CPAM");
    }

    /** « Dépistage du cancer du sein, initial 66,26 % : socle 69,70 % → 1 000 € ; intermédiaire 72,40 % → 2 500 € ; objectif 75 % → 3 500 € ». */
    static Indicator breastScreening(Map<Integer, BigDecimal> measured) {
        return new Indicator(UUID.randomUUID(), CASE, Mission.PREVENTION, "Dépistage du cancer du sein",
                IndicatorKind.RESULTS, "%", new BigDecimal("66.26"), Direction.HIGHER_IS_BETTER, BigDecimal.ONE,
                Map.of(), measured, null, List.of(tier("69.70", "1000", "socle"),
                        tier("72.40", "2500", "intermédiaire"), tier("75", "3500", "objectif")), "");
    }

    static IndicatorTier tier(String threshold, String amount, String label) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), label);
    }

    static Indicator withAmount(Direction direction, String amount, String target, String measured) {
        return new Indicator(UUID.randomUUID(), CASE, Mission.ACCESS, "i", IndicatorKind.RESULTS, "", null, direction,
                BigDecimal.ONE, target == null ? Map.of() : Map.of(1, new BigDecimal(target)),
                measured == null ? Map.of() : Map.of(1, new BigDecimal(measured)), new BigDecimal(amount), List.of(),
                "");
    }

    private static BigDecimal earned(Indicator indicator) {
        return IndicatorTerms.earned(indicator, 1).orElseThrow();
    }

    @ParameterizedTest(name = "ALD sans médecin traitant : {0} patients → {1} €")
    @CsvSource({
            "12, 9000.00",   // well under 50: the best tier
            "50, 9000.00",   // « 50 et moins »: 50 itself reaches it
            "51, 6000.00",   // « 51 à 100 »
            "100, 6000.00",
            "101, 3000.00",  // « 101 à 219 »
            "219, 3000.00",  // the initial value itself reaches the last tier
            "220, 0.00",     // worse than the initial value: nothing
            "400, 0.00"})
    void theAldIndicatorPaysTheMostDemandingTierReachedWhenLowerIsBetter(String measured, String expected) {
        assertEquals(new BigDecimal(expected), earned(ald(Map.of(1, new BigDecimal(measured)))));
    }

    @ParameterizedTest(name = "dépistage du cancer du sein : {0} % → {1} €")
    @CsvSource({
            "66.26, 0.00",    // the initial value: no tier
            "69.69, 0.00",    // just under the socle
            "69.70, 1000.00", // socle reached exactly
            "72.39, 1000.00",
            "72.40, 2500.00", // intermédiaire
            "74.99, 2500.00",
            "75, 3500.00",    // objectif
            "81.5, 3500.00"}) // beyond the objective: still the objective's amount
    void theBreastScreeningIndicatorPaysTheMostDemandingTierReachedWhenHigherIsBetter(String measured,
            String expected) {
        assertEquals(new BigDecimal(expected), earned(breastScreening(Map.of(1, new BigDecimal(measured)))));
    }

    @ParameterizedTest(name = "{0}, montant {1} €, cible {2}, mesuré {3} → {4} €")
    @CsvSource({
            "HIGHER_IS_BETTER, 2000, 200, 150, 1500.00", // 2 000 × 150/200 = 2 000 × 0,75
            "HIGHER_IS_BETTER, 2000, 200, 260, 2000.00", // rate capped at 100 %
            "LOWER_IS_BETTER, 1000, 10, 30, 333.30",     // 1 000 × 0,3333 (rate kept to 4 decimals)
            "LOWER_IS_BETTER, 1000, 10, 8, 1000.00",     // better than the target
            "HIGHER_IS_BETTER, 1250.50, 3, 2, 833.71",   // 1 250,50 × 0,6667 = 833,708… → 833,71 half-up
            "YES_NO, 1500, , 1, 1500.00",                // done: the whole amount
            "YES_NO, 1500, , 0, 0.00"})                  // not done: nothing
    void anAmountWithoutTiersIsPaidAtTheIndicatorRateOfTheConvention(Direction direction, String amount,
            String target, String measured, String expected) {
        assertEquals(new BigDecimal(expected), earned(withAmount(direction, amount, target, measured)));
    }

    @Test
    void nothingIsEarnedWhenTheIndicatorIsNotMeasuredOrHasNoTargetForItsAmount() {
        assertEquals(Optional.empty(), IndicatorTerms.earned(ald(Map.of()), 1));
        assertEquals(Optional.empty(), IndicatorTerms.earned(withAmount(Direction.HIGHER_IS_BETTER, "2000", null,
                "150"), 1));
        Indicator withoutTerms = new Indicator(UUID.randomUUID(), CASE, Mission.ACCESS, "i", IndicatorKind.RESULTS,
                "", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE, Map.of(1, BigDecimal.TEN),
                Map.of(1, BigDecimal.TEN));
        assertEquals(Optional.empty(), IndicatorTerms.earned(withoutTerms, 1));
    }

    @Test
    void theMaximumIsTheBestTierOrTheAmountWhenTheIndicatorCanBeAssessedThatYear() {
        assertEquals(new BigDecimal("9000.00"), IndicatorTerms.maximum(ald(Map.of()), 3).orElseThrow());
        assertEquals(new BigDecimal("3500.00"), IndicatorTerms.maximum(breastScreening(Map.of()), 5).orElseThrow());
        Indicator amount = withAmount(Direction.HIGHER_IS_BETTER, "2000", "200", null);
        assertEquals(new BigDecimal("2000.00"), IndicatorTerms.maximum(amount, 1).orElseThrow());
        // no target in year 2: an amount without tiers cannot be assessed, so it cannot be earned
        assertEquals(Optional.empty(), IndicatorTerms.maximum(amount, 2));
    }

    @Test
    void tiersAreOrderedFromTheLeastToTheMostDemanding() {
        assertEquals(List.of("219", "100", "50"), IndicatorTerms.byDemand(ald(Map.of())).stream()
                .map(t -> t.threshold().toPlainString()).toList());
        assertEquals(List.of("socle", "intermédiaire", "objectif"), IndicatorTerms.byDemand(breastScreening(Map.of()))
                .stream().map(IndicatorTier::label).toList());
        assertEquals("intermédiaire", IndicatorTerms.tierReached(breastScreening(Map.of(2, new BigDecimal("73"))), 2)
                .orElseThrow().label());
    }

    @Test
    void amountsAddingUpToMoreThanTheVariablePartAreAWarning() {
        // taille 3, prévention: variable 17 500 €. 3 500 (best tier) + 15 000 = 18 500 > 17 500
        Indicator big = withAmount(Direction.YES_NO, "15000", null, null);
        Indicator prevention = new Indicator(big.id(), CASE, Mission.PREVENTION, "Actions", big.kind(), "", null,
                Direction.YES_NO, BigDecimal.ONE, Map.of(), Map.of(), big.amount(), List.of(), "");
        var warning = IndicatorTerms.amountsAboveVariable(Mission.PREVENTION,
                List.of(breastScreening(Map.of()), prevention, ald(Map.of())), new BigDecimal("17500"));
        assertEquals(new IndicatorTerms.AmountsAboveVariable(Mission.PREVENTION, new BigDecimal("18500.00"),
                new BigDecimal("17500")), warning.orElseThrow());
        // 3 500 alone is within the 17 500 €; the ACCESS indicator (9 000) does not count for PREVENTION
        assertTrue(IndicatorTerms.amountsAboveVariable(Mission.PREVENTION,
                List.of(breastScreening(Map.of()), ald(Map.of())), new BigDecimal("17500")).isEmpty());
        // exactly the variable amount is fine
        assertTrue(IndicatorTerms.amountsAboveVariable(Mission.PREVENTION, List.of(breastScreening(Map.of())),
                new BigDecimal("3500")).isEmpty());
    }

    @Test
    void termsThatCannotBePaidAreRefused() {
        assertDoesNotThrow(() -> MissionService.checkTerms(ald(Map.of())));
        assertDoesNotThrow(() -> MissionService.checkTerms(breastScreening(Map.of())));
        Indicator ald = ald(Map.of());
        // « 50 et moins → 3 000 € » but « 100 et moins → 6 000 € »: the harder tier would pay less
        assertEquals("indicator.error.tierDecreasing", assertThrows(ValidationException.class,
                () -> MissionService.checkTerms(ald.withTerms(null, List.of(tier("50", "3000", ""),
                        tier("100", "6000", "")), ""))).messageKey());
        assertEquals("indicator.error.tierDuplicate", assertThrows(ValidationException.class,
                () -> MissionService.checkTerms(ald.withTerms(null, List.of(tier("50", "3000", ""),
                        tier("50.00", "6000", "")), ""))).messageKey());
        assertEquals("indicator.error.amountNegative", assertThrows(ValidationException.class,
                () -> MissionService.checkTerms(ald.withTerms(new BigDecimal("-1"), List.of(), ""))).messageKey());
        Indicator yesNo = withAmount(Direction.YES_NO, "1500", null, null);
        assertEquals("indicator.error.tiersYesNo", assertThrows(ValidationException.class,
                () -> MissionService.checkTerms(yesNo.withTerms(null, List.of(tier("1", "1500", "")), "")))
                .messageKey());
    }
}
