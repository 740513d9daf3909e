package fr.referentcpts.core.territory;

import java.util.List;
import java.util.Objects;

/**
 * The communes of a case's territory and their total population — or, when the whole portfolio
 * is read at once (home screen, budget), only its {@link TerritorySummary}: its communes are then
 * not read, and asking for them is a programming error.
 */
public final class Territory {
    private final List<TerritoryCommune> communes;
    private final TerritorySummary summary;

    public Territory(List<TerritoryCommune> communes) {
        this.communes = List.copyOf(communes);
        this.summary = TerritorySummary.of(this.communes);
    }

    private Territory(TerritorySummary summary) {
        this.communes = null;
        this.summary = Objects.requireNonNull(summary);
    }

    /** A territory known by its summary only (read for the whole portfolio). */
    public static Territory summarized(TerritorySummary summary) {
        return new Territory(summary);
    }

    /** The communes, in the order the referent gave them; not for a territory read as a summary. */
    public List<TerritoryCommune> communes() {
        if (communes == null) {
            throw new IllegalStateException("territory read as a summary: its communes were not read");
        }
        return communes;
    }

    public TerritorySummary summary() {
        return summary;
    }

    public long totalPopulation() {
        return summary.population();
    }

    public boolean isEmpty() {
        return summary.communes() == 0;
    }

    /** The vintages found among the communes (« 2023 »…), to show a mixed territory. */
    public List<String> vintages() {
        return summary.vintages();
    }

    /** The population sources found among the communes (« INSEE »…). */
    public List<String> sources() {
        return summary.sources();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Territory t && Objects.equals(communes, t.communes) && summary.equals(t.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(communes, summary);
    }

    @Override
    public String toString() {
        return communes == null ? "Territory[" + summary + "]" : "Territory[" + communes + "]";
    }
}
