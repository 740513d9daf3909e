package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The achievement rate of each mission and contract year, the default elsewhere, capped to [0, 1]. */
final class Achievements {
    private final BigDecimal defaultRate;
    private final Map<Mission, Map<Integer, BigDecimal>> rates = new HashMap<>();
    private final Map<Mission, Map<Integer, BigDecimal>> earned = new HashMap<>();

    Achievements(BigDecimal defaultRate, List<AchievementRate> given, List<EarnedAmount> earnedAmounts) {
        this.defaultRate = capped(defaultRate);
        for (AchievementRate rate : given) {
            rates.computeIfAbsent(rate.mission(), m -> new HashMap<>()).put(rate.contractYear(), capped(rate.rate()));
        }
        for (EarnedAmount amount : earnedAmounts) {
            earned.computeIfAbsent(amount.mission(), m -> new HashMap<>()).put(amount.contractYear(),
                    amount.amount().max(BigDecimal.ZERO));
        }
    }

    /** What the variable part of {@code mission} earned indicator by indicator in that year, if the contract says. */
    java.util.Optional<BigDecimal> earned(Mission mission, int contractYear) {
        return java.util.Optional.ofNullable(earned.getOrDefault(mission, Map.of()).get(contractYear));
    }

    BigDecimal rate(Mission mission, int contractYear) {
        return rates.getOrDefault(mission, Map.of()).getOrDefault(contractYear, defaultRate);
    }

    /** An achievement rate is kept within [0, 1]: no variable part above 100 % of its amount, none below 0. */
    static BigDecimal capped(BigDecimal rate) {
        if (rate.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return rate.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : rate;
    }
}
