package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The achievement rate of a mission for one contract year (1 = 100 %). The engine caps it to
 * [0, 1]: no variable part is paid above 100 % or below 0.
 */
public record AchievementRate(Mission mission, int contractYear, BigDecimal rate) {
    public AchievementRate {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(rate, "rate");
    }
}
