package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The product's achievement convention, used until the contract's own rule is entered:
 * indicator rate = min(1, measured / target) — or min(1, target / measured) when lower is
 * better, 0 or 1 for a yes/no indicator —, mission rate = mean of the indicator rates weighted
 * by their weights, over the indicators measured that year. No rate above 100 %. Rates are kept
 * to 4 decimals, rounded half-up.
 */
public final class Achievement {
    public static final int SCALE = 4;

    private Achievement() {
    }

    /** Empty when the indicator has no target or no measure that year. */
    public static Optional<BigDecimal> indicatorRate(Indicator indicator, int year) {
        BigDecimal target = indicator.target(year);
        BigDecimal measured = indicator.measured(year);
        if (measured == null || (target == null && indicator.direction() != Direction.YES_NO)) {
            return Optional.empty();
        }
        BigDecimal rate = switch (indicator.direction()) {
            case YES_NO -> measured.signum() != 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            case HIGHER_IS_BETTER -> target.signum() == 0 ? BigDecimal.ONE
                    : measured.divide(target, SCALE + 4, RoundingMode.HALF_UP);
            case LOWER_IS_BETTER -> measured.signum() <= 0 ? BigDecimal.ONE
                    : target.divide(measured, SCALE + 4, RoundingMode.HALF_UP);
        };
        return Optional.of(clamp(rate));
    }

    /** The mission's rate for a year: the override when there is one, else the weighted mean. */
    public static MissionRate missionRate(Mission mission, int year, List<Indicator> indicators,
            Optional<RateOverride> override) {
        List<Indicator> ofMission = indicators.stream().filter(i -> i.mission() == mission).toList();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int measured = 0;
        for (Indicator indicator : ofMission) {
            Optional<BigDecimal> rate = indicatorRate(indicator, year);
            if (rate.isPresent() && indicator.weight().signum() > 0) {
                weighted = weighted.add(rate.get().multiply(indicator.weight()));
                weights = weights.add(indicator.weight());
                measured++;
            }
        }
        if (override.isPresent()) {
            return new MissionRate(mission, year, clamp(override.get().rate()), MissionRate.Source.OVERRIDE,
                    override.get().reason(), measured, ofMission.size());
        }
        if (weights.signum() == 0) {
            return new MissionRate(mission, year, null, MissionRate.Source.NONE, "", 0, ofMission.size());
        }
        return new MissionRate(mission, year, clamp(weighted.divide(weights, SCALE + 4, RoundingMode.HALF_UP)),
                MissionRate.Source.COMPUTED, "", measured, ofMission.size());
    }

    private static BigDecimal clamp(BigDecimal rate) {
        BigDecimal capped = rate.min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return capped.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
