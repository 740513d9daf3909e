package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;

/**
 * The achievement rate of a mission for a contract year and where it comes from.
 *
 * @param rate     in [0, 1], scale 4; null when nothing is measured yet
 * @param source   COMPUTED from the indicators, OVERRIDE by the referent, or NONE
 * @param measured number of indicators with a value and a target that year
 * @param total    number of indicators of the mission
 */
public record MissionRate(Mission mission, int contractYear, BigDecimal rate, Source source, String reason,
        int measured, int total) {

    /** Where the rate comes from. */
    public enum Source {
        COMPUTED,
        OVERRIDE,
        NONE
    }
}
