package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.math.BigDecimal;

/** The referent's achievement rate for a mission and a contract year, replacing the computed one, with why. */
public record RateOverride(Mission mission, int contractYear, BigDecimal rate, String reason) {
}
