package fr.referentcpts.core.budget;

/**
 * One referent's part of the cellule's pipeline: the case files they follow (not archived), how
 * many of them are contracts in force, and the population those contracts cover. A case with no
 * referent named is counted under an empty name.
 */
public record ReferentFigures(String referent, int cases, int inForce, long population) {
}
