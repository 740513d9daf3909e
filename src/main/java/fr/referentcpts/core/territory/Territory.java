package fr.referentcpts.core.territory;

import java.util.List;

/** The communes of a case's territory and their total population. */
public record Territory(List<TerritoryCommune> communes) {
    public Territory {
        communes = List.copyOf(communes);
    }

    public long totalPopulation() {
        return communes.stream().mapToLong(TerritoryCommune::population).sum();
    }

    public boolean isEmpty() {
        return communes.isEmpty();
    }

    /** The vintages found among the communes (« 2023 »…), to show a mixed territory. */
    public List<String> vintages() {
        return communes.stream().map(TerritoryCommune::populationVintage).filter(v -> !v.isEmpty())
                .distinct().sorted().toList();
    }
}
