package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mission the contract takes on, with its start date (null: at signature) and, for ACCESS,
 * whether the CPTS sets up the dedicated SNP handling and orientation system (the earmarked
 * supplementary line).
 */
public record MissionChoice(Mission mission, LocalDate startDate, boolean snpOrientation) {
    public MissionChoice {
        Objects.requireNonNull(mission, "mission");
    }

    public static MissionChoice atSignature(Mission mission) {
        return new MissionChoice(mission, null, false);
    }

    public static MissionChoice startingOn(Mission mission, LocalDate startDate) {
        return new MissionChoice(mission, startDate, false);
    }

    public MissionChoice withSnpOrientation() {
        return new MissionChoice(mission, startDate, true);
    }
}
