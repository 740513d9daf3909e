package fr.referentcpts.ui.missions;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;

/**
 * One mission of the rules version as the case takes it on, with its counts.
 *
 * @param startDate  its own start date as typed (« 01/09/2026 »), empty when none
 * @param startShown when it starts, as every screen says it: its own date, else the contract's
 *                   signature marked as such (« 15/07/2025 (signature) »), else empty
 */
public record MissionRow(CaseMission caseMission, String label, String kind, boolean socle, String startDate,
        int actions, int indicators, String startShown) {

    public Mission mission() {
        return caseMission.mission();
    }
}
