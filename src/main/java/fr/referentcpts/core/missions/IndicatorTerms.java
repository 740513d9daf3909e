package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an indicator earns when the contract states its own amount, as real annexes do: the variable
 * payment of a year is then the sum of the amounts earned indicator by indicator.
 * <ul>
 * <li><b>Tiers</b>: the amount of the most demanding tier reached — measured ≥ threshold when
 * higher is better (« ≥ 72,40 % → 2 500 € »), measured ≤ threshold when lower is better
 * (« 50 et moins → 9 000 € »); nothing when no tier is reached.</li>
 * <li><b>Yes/no</b>: the amount when done (any non-zero measure), nothing otherwise.</li>
 * <li><b>An amount without tiers</b> (convention of the product, shown on screen): the amount ×
 * the indicator rate of the achievement convention ({@link Achievement#indicatorRate}: measured /
 * target capped at 100 %, target / measured when lower is better, kept to 4 decimals).</li>
 * </ul>
 * Nothing is earned when the indicator is not measured that year (nor, for an amount without
 * tiers, when it has no target that year). Every earned amount is rounded once, to the cent,
 * half-up ({@link #euros}); a mission's total is the sum of these rounded amounts, so the total
 * shown is the sum of the lines shown.
 */
public final class IndicatorTerms {
    /** Euros to the cent. */
    public static final int SCALE = 2;

    private IndicatorTerms() {
    }

    /** The one rounding of earned amounts: to the cent, half-up. */
    public static BigDecimal euros(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The tiers from the least to the most demanding (the last one reached is the one paid). */
    public static List<IndicatorTier> byDemand(Indicator indicator) {
        Comparator<IndicatorTier> ascending = Comparator.comparing(IndicatorTier::threshold);
        return indicator.tiers().stream()
                .sorted(indicator.direction() == Direction.LOWER_IS_BETTER ? ascending.reversed() : ascending)
                .toList();
    }

    /** The most demanding tier the measure of {@code year} reaches; empty when none or not measured. */
    public static Optional<IndicatorTier> tierReached(Indicator indicator, int year) {
        BigDecimal measured = indicator.measured(year);
        if (measured == null) {
            return Optional.empty();
        }
        IndicatorTier reached = null;
        for (IndicatorTier tier : byDemand(indicator)) {
            if (reaches(indicator.direction(), measured, tier.threshold())) {
                reached = tier;
            }
        }
        return Optional.ofNullable(reached);
    }

    private static boolean reaches(Direction direction, BigDecimal measured, BigDecimal threshold) {
        return direction == Direction.LOWER_IS_BETTER ? measured.compareTo(threshold) <= 0
                : measured.compareTo(threshold) >= 0;
    }

    /**
     * What the indicator earned in contract year {@code year}; empty when the contract states no
     * amount for it or when it cannot be assessed that year (not measured, or an amount without
     * tiers and without a target).
     */
    public static Optional<BigDecimal> earned(Indicator indicator, int year) {
        if (!indicator.statesAmount() || indicator.measured(year) == null) {
            return Optional.empty();
        }
        if (indicator.direction() == Direction.YES_NO) {
            return Optional.of(euros(indicator.measured(year).signum() != 0 ? top(indicator) : BigDecimal.ZERO));
        }
        if (!indicator.tiers().isEmpty()) {
            return Optional.of(euros(tierReached(indicator, year).map(IndicatorTier::amount).orElse(BigDecimal.ZERO)));
        }
        return Achievement.indicatorRate(indicator, year).map(rate -> euros(indicator.amount().multiply(rate)));
    }

    /**
     * The most the indicator can earn in contract year {@code year}: its best tier, or its amount;
     * empty when it states none, or when an amount without tiers has no target that year.
     */
    public static Optional<BigDecimal> maximum(Indicator indicator, int year) {
        if (!indicator.statesAmount()) {
            return Optional.empty();
        }
        boolean assessable = !indicator.tiers().isEmpty() || indicator.direction() == Direction.YES_NO
                || indicator.target(year) != null;
        return assessable ? Optional.of(euros(top(indicator))) : Optional.empty();
    }

    /** The best amount the contract states for the indicator, whatever the year. */
    public static BigDecimal top(Indicator indicator) {
        return indicator.tiers().stream().map(IndicatorTier::amount).max(Comparator.naturalOrder())
                .orElse(indicator.amount() == null ? BigDecimal.ZERO : indicator.amount());
    }

    /**
     * A warning, not an error: the best amounts of {@code mission}'s indicators add up to more
     * than the mission's annual variable amount ({@code variableAnnual}, from the barème of the
     * case's size class). The funding engine caps each year at the variable amount anyway.
     */
    public static Optional<AmountsAboveVariable> amountsAboveVariable(Mission mission, List<Indicator> indicators,
            BigDecimal variableAnnual) {
        List<Indicator> stating = indicators.stream().filter(i -> i.mission() == mission)
                .filter(Indicator::statesAmount).toList();
        if (stating.isEmpty() || variableAnnual == null) {
            return Optional.empty();
        }
        BigDecimal stated = euros(stating.stream().map(IndicatorTerms::top).reduce(BigDecimal.ZERO, BigDecimal::add));
        return stated.compareTo(variableAnnual) > 0
                ? Optional.of(new AmountsAboveVariable(mission, stated, variableAnnual))
                : Optional.empty();
    }

    /**
     * The indicators of {@code mission} state {@code stated} euros at best, more than its annual
     * variable amount {@code variableAnnual}. Shown with {@link #MESSAGE_KEY}: mission, stated,
     * variable amount.
     */
    public record AmountsAboveVariable(Mission mission, BigDecimal stated, BigDecimal variableAnnual) {
        public static final String MESSAGE_KEY = "indicator.warning.amountsAboveVariable";
    }
}
