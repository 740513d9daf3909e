package fr.referentcpts.ui.territory;

import fr.referentcpts.core.territory.TerritoryCommune;

/** One commune of the territory table, with the case files it overlaps (empty when none). */
public record TerritoryRow(TerritoryCommune commune, String populationLabel, String sourceLabel, String overlap) {
}
