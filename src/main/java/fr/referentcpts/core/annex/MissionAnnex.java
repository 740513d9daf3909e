package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One chosen mission in the missions annex: socle or optional, its start date, its deadlines
 * from the funding engine (null for a mission without deadlines), its actions and indicators,
 * and — when its indicators state amounts — the most they can earn in each contract year
 * (empty otherwise).
 */
public record MissionAnnex(Mission mission, MissionKind kind, LocalDate startDate, LocalDate startDeadline,
        LocalDate deployedDeadline, boolean snpOrientation, List<ActionLine> actions,
        List<IndicatorLine> indicators, SortedMap<Integer, BigDecimal> maximumEarnable) {
    public MissionAnnex {
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
        maximumEarnable = Collections.unmodifiableSortedMap(new TreeMap<>(maximumEarnable));
    }
}
