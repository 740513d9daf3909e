package fr.referentcpts.core.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The achievement convention (indicator rate capped at 100 %, mission rate weighted), as worked examples. */
class AchievementTest {
    private static final UUID CASE = UUID.randomUUID();

    static Indicator indicator(Direction direction, String weight, String target, String measured) {
        return new Indicator(UUID.randomUUID(), CASE, Mission.ACCESS, "i", IndicatorKind.RESULTS, "", null, direction,
                new BigDecimal(weight), target == null ? Map.of() : Map.of(1, new BigDecimal(target)),
                measured == null ? Map.of() : Map.of(1, new BigDecimal(measured)));
    }

    @ParameterizedTest(name = "{0}: cible {1}, mesuré {2} → {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 200, 150, 0.7500",  // 150 / 200
            "HIGHER_IS_BETTER, 200, 260, 1.0000",  // capped to 100 %
            "HIGHER_IS_BETTER, 3, 1, 0.3333",      // 1 / 3 half-up to 4 decimals
            "HIGHER_IS_BETTER, 200, 0, 0.0000",
            "LOWER_IS_BETTER, 10, 20, 0.5000",     // 10 / 20
            "LOWER_IS_BETTER, 10, 8, 1.0000",      // better than target
            "YES_NO, , 1, 1.0000",
            "YES_NO, , 0, 0.0000"})
    void indicatorRates(Direction direction, String target, String measured, String expected) {
        assertEquals(new BigDecimal(expected),
                Achievement.indicatorRate(indicator(direction, "1", target, measured), 1).orElseThrow());
    }

    @Test
    void anIndicatorWithoutMeasureHasNoRate() {
        assertEquals(Optional.empty(), Achievement.indicatorRate(indicator(Direction.HIGHER_IS_BETTER, "1", "10", null), 1));
    }

    @Test
    void theMissionRateIsTheWeightedMeanOfTheMeasuredIndicators() {
        // (0.75 × 2 + 1 × 1 + 0.5 × 1) / (2 + 1 + 1) = 3 / 4 = 0.75; the unmeasured one does not count.
        List<Indicator> indicators = List.of(
                indicator(Direction.HIGHER_IS_BETTER, "2", "200", "150"),
                indicator(Direction.YES_NO, "1", null, "1"),
                indicator(Direction.LOWER_IS_BETTER, "1", "10", "20"),
                indicator(Direction.HIGHER_IS_BETTER, "5", "10", null));

        MissionRate rate = Achievement.missionRate(Mission.ACCESS, 1, indicators, Optional.empty());

        assertEquals(new BigDecimal("0.7500"), rate.rate());
        assertEquals(MissionRate.Source.COMPUTED, rate.source());
        assertEquals(3, rate.measured());
        assertEquals(4, rate.total());
    }

    @Test
    void anOverrideWinsAndKeepsItsReason() {
        MissionRate rate = Achievement.missionRate(Mission.ACCESS, 1,
                List.of(indicator(Direction.HIGHER_IS_BETTER, "1", "200", "150")),
                Optional.of(new RateOverride(Mission.ACCESS, 1, new BigDecimal("0.9"), "Crise sanitaire au T2")));

        assertEquals(new BigDecimal("0.9000"), rate.rate());
        assertEquals(MissionRate.Source.OVERRIDE, rate.source());
        assertEquals("Crise sanitaire au T2", rate.reason());
    }

    @Test
    void nothingMeasuredMeansNoRateRatherThanZero() {
        MissionRate rate = Achievement.missionRate(Mission.ACCESS, 2,
                List.of(indicator(Direction.HIGHER_IS_BETTER, "1", "200", "150")), Optional.empty());

        assertNull(rate.rate());
        assertEquals(MissionRate.Source.NONE, rate.source());
    }

    @Test
    void otherMissionsIndicatorsAreIgnored() {
        Indicator prevention = new Indicator(UUID.randomUUID(), CASE, Mission.PREVENTION, "p", IndicatorKind.MEANS, "",
                null, Direction.YES_NO, BigDecimal.ONE, Map.of(), Map.of(1, BigDecimal.ZERO));
        MissionRate rate = Achievement.missionRate(Mission.ACCESS, 1,
                List.of(prevention, indicator(Direction.YES_NO, "1", null, "1")), Optional.empty());

        assertEquals(new BigDecimal("1.0000"), rate.rate());
    }
}
