package fr.referentcpts.core.territory;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the portfolio's figures need of a territory, without its communes: how many communes, their
 * total population, and the population sources and vintages found among them (each list sorted,
 * without duplicates or blanks). The database gives it in parts (one per source and vintage) that
 * {@link #plus} adds up.
 */
public record TerritorySummary(int communes, long population, List<String> sources, List<String> vintages) {
    public static final TerritorySummary EMPTY = new TerritorySummary(0, 0, List.of(), List.of());

    public TerritorySummary {
        sources = distinct(sources.stream());
        vintages = distinct(vintages.stream());
    }

    public static TerritorySummary of(List<TerritoryCommune> communes) {
        return new TerritorySummary(communes.size(), communes.stream().mapToLong(TerritoryCommune::population).sum(),
                communes.stream().map(TerritoryCommune::populationSource).toList(),
                communes.stream().map(TerritoryCommune::populationVintage).toList());
    }

    /** {@code communes} communes of {@code population} inhabitants, all with this source and vintage. */
    public static TerritorySummary part(int communes, long population, String source, String vintage) {
        return new TerritorySummary(communes, population, List.of(source == null ? "" : source),
                List.of(vintage == null ? "" : vintage));
    }

    /** This part of a territory and {@code other}, another part of it. */
    public TerritorySummary plus(TerritorySummary other) {
        return new TerritorySummary(communes + other.communes, population + other.population,
                Stream.concat(sources.stream(), other.sources.stream()).toList(),
                Stream.concat(vintages.stream(), other.vintages.stream()).toList());
    }

    private static List<String> distinct(Stream<String> texts) {
        return texts.map(String::strip).filter(text -> !text.isEmpty()).distinct().sorted().toList();
    }
}
