package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One chosen mission in the missions annex: socle or optional, its start date, its deadlines
 * from the funding engine (null for a mission without deadlines), its actions and indicators.
 */
public record MissionAnnex(Mission mission, MissionKind kind, LocalDate startDate, LocalDate startDeadline,
        LocalDate deployedDeadline, boolean snpOrientation, List<ActionLine> actions,
        List<IndicatorLine> indicators) {
    public MissionAnnex {
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
    }
}
