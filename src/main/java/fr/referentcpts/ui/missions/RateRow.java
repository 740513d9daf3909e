package fr.referentcpts.ui.missions;

import fr.referentcpts.core.missions.MissionRate;

/** The achievement of the selected mission for one contract year. */
public record RateRow(MissionRate rate, String year, String value, String source) {
}
