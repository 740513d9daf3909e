package fr.referentcpts.core.workflow;

/**
 * The one next action of a case: fill in a missing requirement (with where to do it), move to
 * the next stage, or nothing for a closed case.
 */
public record NextStep(Phrase phrase, Place place, Requirement requirement) {
}
