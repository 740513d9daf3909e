package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;

/**
 * A typical indicator of the starter catalogue, to create a case's indicator in one click, with
 * the usual source of its data (« données issues de requêtes locales CPAM ») and the usual
 * livrables of the action it measures (« feuilles d’émargement, compte rendu »).
 */
public record IndicatorTemplate(Mission mission, String label, IndicatorKind kind, String unit, Direction direction,
        String dataSource, String deliverables) {

    public IndicatorTemplate {
        dataSource = dataSource == null ? "" : dataSource.strip();
        deliverables = deliverables == null ? "" : deliverables.strip();
    }

    public IndicatorTemplate(Mission mission, String label, IndicatorKind kind, String unit, Direction direction) {
        this(mission, label, kind, unit, direction, "", "");
    }
}
