package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.util.UUID;

/**
 * An action the CPTS runs for a mission: what, who pilots it, with whom, when, and its
 * livrables — the pièces justificatives the CPTS hands in (« feuilles d’émargement », « compte
 * rendu »…).
 */
public record MissionAction(UUID id, UUID caseId, Mission mission, String title, String description, String pilot,
        String partners, String calendar, String deliverables) {

    public MissionAction {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description;
        pilot = pilot == null ? "" : pilot.strip();
        partners = partners == null ? "" : partners.strip();
        calendar = calendar == null ? "" : calendar.strip();
        deliverables = deliverables == null ? "" : deliverables.strip();
    }

    /** An action without livrables stated yet. */
    public MissionAction(UUID id, UUID caseId, Mission mission, String title, String description, String pilot,
            String partners, String calendar) {
        this(id, caseId, mission, title, description, pilot, partners, calendar, "");
    }
}
