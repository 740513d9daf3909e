package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.time.LocalDate;

/**
 * A mission of the ACI as the case file takes it on: chosen or not, its start date (null: at
 * signature) and, for ACCESS, the SNP orientation option (dedicated system for handling and
 * orienting unscheduled-care requests).
 */
public record CaseMission(Mission mission, boolean chosen, LocalDate startDate, boolean snpOrientation) {
    public CaseMission {
        snpOrientation = snpOrientation && mission == Mission.ACCESS;
    }

    public static CaseMission notChosen(Mission mission) {
        return new CaseMission(mission, false, null, false);
    }

    /**
     * When it starts: its own start date, else the contract's signature ({@code signature}, null
     * when unknown). The one reading of a mission's start, for every screen.
     */
    public LocalDate startOn(LocalDate signature) {
        return startDate != null ? startDate : signature;
    }
}
