package fr.referentcpts.core.annex;

/**
 * The population the contract is signed on, with where it comes from (« INSEE, populations
 * légales ») and its vintage (« 2023 »): the figure used at signature sets the size class, hence
 * the funding, for the whole contract.
 */
public record PopulationFigure(long population, String source, String vintage) {
    public PopulationFigure {
        source = source == null ? "" : source.strip();
        vintage = vintage == null ? "" : vintage.strip();
        if (population < 0) {
            throw new IllegalArgumentException("population " + population);
        }
    }
}
