package fr.referentcpts.core.budget;

import fr.referentcpts.core.casefile.WorkflowStage;

/** One stage of the cellule's pipeline: how many case files stand there, and the population they cover. */
public record StageFigures(WorkflowStage stage, int cases, long population) {
}
