package fr.referentcpts.ui.missions;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;

/** One mission of the rules version as the case takes it on, with its counts. */
public record MissionRow(CaseMission caseMission, String label, String kind, boolean socle, String startDate,
        int actions, int indicators) {

    public Mission mission() {
        return caseMission.mission();
    }
}
