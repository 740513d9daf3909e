package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size classes from the population, with half-open bounds (a bound belongs to the class above), and the override. */
class SizeClassTest {
    private static FundingResult compute(FundingInput.Builder input) {
        return ENGINE.compute(input.missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION).build());
    }

    private static FundingInput.Builder population(long population) {
        return FundingInput.builder(population, date("2026-03-15")).rulesVersion("ACI-2019");
    }

    @ParameterizedTest(name = "{0} habitants → taille {1}")
    @CsvSource({"0, 1", "8500, 1", "39999, 1", "40000, 2", "79999, 2", "80000, 3", "174999, 3", "175000, 4",
        "2000000, 4"})
    void sizeClassFollowsHalfOpenBounds(long population, int expected) {
        assertEquals(expected, compute(population(population)).sizeClass().applied().number());
    }

    @Test
    void sizeClassIsTwoAtExactlyFortyThousand() {
        assertEquals(SizeClass.T2, compute(population(40_000)).sizeClass().applied());
    }

    @Test
    void sizeClassIsFourAtExactlyOneHundredSeventyFiveThousand() {
        // the bound belongs to the class above: 175 000 is taille 4 (« ≥ 175 000 », not « > 175 000 »)
        assertEquals(SizeClass.T4, compute(population(175_000)).sizeClass().applied());
    }

    @Test
    void anOverrideWithAReasonReplacesThePopulationsClassAndIsKept() {
        FundingResult result = compute(population(39_000)
                .sizeClassOverride(SizeClass.T2, "Saisonniers : population estivale de 55 000 habitants"));
        assertEquals(SizeClass.T1, result.sizeClass().fromPopulation());
        assertEquals(SizeClass.T2, result.sizeClass().applied());
        assertTrue(result.sizeClass().overridden());
        assertEquals("Saisonniers : population estivale de 55 000 habitants", result.sizeClass().overrideReason());
        assertEquals(ShippedRules.euros("60000"), ShippedRules.annual(result, null, Component.OPERATING));
    }

    @Test
    void anOverrideWithoutReasonIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> compute(population(39_000).sizeClassOverride(SizeClass.T2, " ")));
        assertEquals("sizeClassOverrideReason", e.field());
    }

    @Test
    void aNegativePopulationIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> compute(population(-1)));
        assertEquals("population", e.field());
        assertEquals("funding.error.populationNegative", e.messageKey());
    }

    @Test
    void populationSourceAndVintageAreCarriedToTheResult() {
        FundingResult result = compute(population(105_452).populationSource("INSEE population municipale", "2022"));
        assertEquals("INSEE population municipale", result.sizeClass().populationSource());
        assertEquals("2022", result.sizeClass().populationVintage());
        assertFalse(result.sizeClass().overridden());
    }

    @Test
    void aPopulationUnderTwentyThousandWarnsWithoutBlocking() {
        FundingResult result = compute(population(8_500));
        assertTrue(result.warnings().stream().anyMatch(w -> w.messageKey().equals("funding.warning.smallPopulation")));
        assertTrue(result.complete());
    }
}
