package fr.referentcpts.core.annex;

import java.util.List;

/**
 * The territory annex: the communes with their populations and total, the population retained
 * at signature with its source and vintage, and the size class it gives.
 *
 * @param communesTotal   sum of the communes' populations
 * @param population      the figure the contract is signed on (the total, or a confirmed figure)
 * @param sizeClass       the class applied (1–4)
 * @param sizeClassFromPopulation the class of {@code population}; differs when imposed
 * @param overrideReason  why the applied class differs, empty otherwise
 */
public record TerritoryAnnex(List<CommuneLine> communes, long communesTotal, long population, String source,
        String vintage, int sizeClass, int sizeClassFromPopulation, String overrideReason) {
    public TerritoryAnnex {
        communes = List.copyOf(communes);
    }
}
