package fr.referentcpts.core.funding;

/**
 * The size class a contract is paid at: from the population (with its source and vintage, since
 * the figure used at signature is what pays), or imposed by an override with its reason.
 */
public record SizeClassDecision(long population, String populationSource, String populationVintage,
        SizeClass fromPopulation, SizeClass applied, String overrideReason) {

    public boolean overridden() {
        return applied != fromPopulation;
    }
}
