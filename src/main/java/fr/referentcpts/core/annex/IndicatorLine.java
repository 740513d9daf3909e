package fr.referentcpts.core.annex;

import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator as the contract fixes it: label, moyens or résultats, unit, direction, baseline
 * (the initial value; null: none), weight, the target of each contract year (1..5; absent: none),
 * and its terms as real annexes write them — its own amount (null: none), its tiers and the
 * source of its data (empty: none).
 */
public record IndicatorLine(String label, IndicatorKind kind, String unit, Direction direction,
        BigDecimal baseline, BigDecimal weight, SortedMap<Integer, BigDecimal> targets, BigDecimal amount,
        List<IndicatorTier> tiers, String dataSource) {
    public IndicatorLine {
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
        tiers = List.copyOf(tiers);
        dataSource = dataSource == null ? "" : dataSource;
    }
}
