package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;

/** A typical indicator of the starter catalogue, to create a case's indicator in one click. */
public record IndicatorTemplate(Mission mission, String label, IndicatorKind kind, String unit, Direction direction) {
}
