package fr.referentcpts.core.annex;

/** An action of a mission as the annex prints it, with its livrables (pièces justificatives; empty: none). */
public record ActionLine(String title, String description, String pilot, String partners, String calendar,
        String deliverables) {
}
