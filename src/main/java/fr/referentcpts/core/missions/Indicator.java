package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An indicator of a mission, with its target and measured value per contract year (1..5).
 * The weight counts in the mission's achievement rate (weighted mean).
 */
public record Indicator(UUID id, UUID caseId, Mission mission, String label, IndicatorKind kind, String unit,
        BigDecimal baseline, Direction direction, BigDecimal weight, Map<Integer, BigDecimal> targets,
        Map<Integer, BigDecimal> measured) {

    public static final int YEARS = 5;

    public Indicator {
        label = label == null ? "" : label.strip();
        unit = unit == null ? "" : unit.strip();
        weight = weight == null ? BigDecimal.ONE : weight;
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        measured = java.util.Collections.unmodifiableMap(new TreeMap<>(measured));
    }

    public BigDecimal target(int year) {
        return targets.get(year);
    }

    public BigDecimal measured(int year) {
        return measured.get(year);
    }

    public Indicator withMeasured(int year, BigDecimal value) {
        Map<Integer, BigDecimal> values = new TreeMap<>(measured);
        if (value == null) {
            values.remove(year);
        } else {
            values.put(year, value);
        }
        return new Indicator(id, caseId, mission, label, kind, unit, baseline, direction, weight, targets, values);
    }
}
