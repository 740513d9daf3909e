package fr.referentcpts.i18n;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the screens and the printed annexes write an indicator's terms, as real annexes do:
 * « 50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 → 3 000 € » when lower is better,
 * « socle : ≥ 69,70 % → 1 000 € ; … » when higher is better, « 2 000 € » for an amount alone.
 */
public final class IndicatorLabels {
    private static final String PERCENT = "%";
    private final Messages messages;

    public IndicatorLabels(Messages messages) {
        this.messages = messages;
    }

    /** 72.4 → « 72,40 », 219 → « 219 », 66.26 → « 66,26 »: whole values bare, others with at least two decimals. */
    public static String value(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int scale = value.stripTrailingZeros().scale();
        return FrenchFormat.decimal(value, scale <= 0 ? 0 : Math.max(2, scale));
    }

    /** The value with its unit when the unit is a percentage: « 72,40 % »; other units are in the column. */
    public static String value(BigDecimal value, String unit) {
        return PERCENT.equals(unit == null ? "" : unit.strip()) ? value(value) + "\u00A0%" : value(value);
    }

    /** Each tier as a line, by increasing threshold (the order the contracts print them). */
    public List<String> tiers(Direction direction, String unit, List<IndicatorTier> tiers) {
        List<IndicatorTier> sorted = tiers.stream().sorted(Comparator.comparing(IndicatorTier::threshold)).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            IndicatorTier tier = sorted.get(i);
            String condition = direction == Direction.LOWER_IS_BETTER
                    ? lower(i == 0 ? null : sorted.get(i - 1).threshold(), tier.threshold(), unit)
                    : messages.get("indicator.tier.higher", value(tier.threshold(), unit));
            String line = messages.get("indicator.tier.amount", condition, FrenchFormat.wholeAmount(tier.amount()));
            lines.add(tier.label().isEmpty() ? line : messages.get("indicator.tier.labelled", tier.label(), line));
        }
        return lines;
    }

    /** « 50 et moins », then « 51 à 100 » between whole thresholds, « plus de 7,5 à 10 » otherwise. */
    private String lower(BigDecimal previous, BigDecimal threshold, String unit) {
        if (previous == null) {
            return messages.get("indicator.tier.lowerFirst", value(threshold, unit));
        }
        if (whole(previous) && whole(threshold)) {
            return messages.get("indicator.tier.lowerRange", value(previous.add(BigDecimal.ONE)),
                    value(threshold, unit));
        }
        return messages.get("indicator.tier.lowerAbove", value(previous, unit), value(threshold, unit));
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** The tiers joined by « ; », else the amount alone, else empty when the contract states none. */
    public String terms(Direction direction, String unit, BigDecimal amount, List<IndicatorTier> tiers) {
        if (!tiers.isEmpty()) {
            return String.join(" ; ", tiers(direction, unit, tiers));
        }
        return amount == null ? "" : FrenchFormat.wholeAmount(amount);
    }
}
