package fr.referentcpts.core.annex;

import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator as the contract fixes it: label, moyens or résultats, unit, direction, baseline
 * (null: none), weight, and the target of each contract year (1..5; absent: none).
 */
public record IndicatorLine(String label, IndicatorKind kind, String unit, Direction direction,
        BigDecimal baseline, BigDecimal weight, SortedMap<Integer, BigDecimal> targets) {
    public IndicatorLine {
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }
}
