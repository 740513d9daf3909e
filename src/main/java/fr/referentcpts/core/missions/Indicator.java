package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An indicator of a mission, with its target and measured value per contract year (1..5).
 * The weight counts in the mission's achievement rate (weighted mean). The contract may also
 * state the indicator's own share of the mission's variable part — an {@code amount} (null:
 * none) or {@code tiers} (value thresholds → amount) — and the {@code dataSource} of its
 * measure; see {@link IndicatorTerms} for what it earns.
 */
public record Indicator(UUID id, UUID caseId, Mission mission, String label, IndicatorKind kind, String unit,
        BigDecimal baseline, Direction direction, BigDecimal weight, Map<Integer, BigDecimal> targets,
        Map<Integer, BigDecimal> measured, BigDecimal amount, List<IndicatorTier> tiers, String dataSource) {

    public static final int YEARS = 5;

    public Indicator {
        label = label == null ? "" : label.strip();
        unit = unit == null ? "" : unit.strip();
        weight = weight == null ? BigDecimal.ONE : weight;
        targets = Collections.unmodifiableMap(new TreeMap<>(targets));
        measured = Collections.unmodifiableMap(new TreeMap<>(measured));
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        dataSource = dataSource == null ? "" : dataSource.strip();
    }

    /** An indicator whose contract states no amount of its own (the weighted-mean convention pays it). */
    public Indicator(UUID id, UUID caseId, Mission mission, String label, IndicatorKind kind, String unit,
            BigDecimal baseline, Direction direction, BigDecimal weight, Map<Integer, BigDecimal> targets,
            Map<Integer, BigDecimal> measured) {
        this(id, caseId, mission, label, kind, unit, baseline, direction, weight, targets, measured, null, List.of(),
                "");
    }

    public BigDecimal target(int year) {
        return targets.get(year);
    }

    public BigDecimal measured(int year) {
        return measured.get(year);
    }

    /** True when the contract states this indicator's own amount, directly or by tiers. */
    public boolean statesAmount() {
        return amount != null || !tiers.isEmpty();
    }

    public Indicator withMeasured(int year, BigDecimal value) {
        Map<Integer, BigDecimal> values = new TreeMap<>(measured);
        if (value == null) {
            values.remove(year);
        } else {
            values.put(year, value);
        }
        return new Indicator(id, caseId, mission, label, kind, unit, baseline, direction, weight, targets, values,
                amount, tiers, dataSource);
    }

    /** The same indicator with the contract's terms: its amount, its tiers and the source of its data. */
    public Indicator withTerms(BigDecimal newAmount, List<IndicatorTier> newTiers, String newDataSource) {
        return new Indicator(id, caseId, mission, label, kind, unit, baseline, direction, weight, targets, measured,
                newAmount, newTiers, newDataSource);
    }
}
