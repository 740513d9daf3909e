package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.util.UUID;

/** An action the CPTS runs for a mission: what, who pilots it, with whom, when. */
public record MissionAction(UUID id, UUID caseId, Mission mission, String title, String description, String pilot,
        String partners, String calendar) {

    public MissionAction {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description;
        pilot = pilot == null ? "" : pilot.strip();
        partners = partners == null ? "" : partners.strip();
        calendar = calendar == null ? "" : calendar.strip();
    }
}
