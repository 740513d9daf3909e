package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import java.util.List;
import java.util.Optional;

/**
 * The path of a case file: PRÉ-PROJET → LETTRE D'INTENTION → PROJET DE SANTÉ → NÉGOCIATION ET
 * SIGNATURE → SUIVI → TERMINÉ, and the end states SANS SUITE (before signature) and RÉSILIÉ
 * (a signed contract). Going back is to any earlier stage of the path; an end state reopens to
 * a stage of the path.
 */
public final class StageFlow {
    /** The stages of the path, in order. */
    public static final List<WorkflowStage> PATH = List.of(WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT, WorkflowStage.HEALTH_PROJECT,
            WorkflowStage.SIGNATURE, WorkflowStage.FOLLOW_UP);

    private StageFlow() {
    }

    /** The stage « Passer à l’étape suivante » leads to: the next of the path, TERMINÉ after the follow-up. */
    public static Optional<WorkflowStage> next(WorkflowStage stage) {
        if (stage == WorkflowStage.FOLLOW_UP) {
            return Optional.of(WorkflowStage.CLOSED);
        }
        int index = PATH.indexOf(stage);
        return index < 0 ? Optional.empty() : Optional.of(PATH.get(index + 1));
    }

    /** The stages « Revenir à l’étape… » may lead to. */
    public static List<WorkflowStage> backTargets(WorkflowStage stage) {
        return switch (stage) {
            case ABANDONED -> PATH.subList(0, PATH.indexOf(WorkflowStage.FOLLOW_UP));
            case TERMINATED, CLOSED -> List.of(WorkflowStage.FOLLOW_UP);
            default -> PATH.subList(0, PATH.indexOf(stage));
        };
    }

    /** SANS SUITE: a project abandoned before its contract is signed. */
    public static boolean canAbandon(WorkflowStage stage) {
        return PATH.indexOf(stage) >= 0 && stage != WorkflowStage.FOLLOW_UP;
    }

    /** RÉSILIÉ: only a contract in force can be terminated. */
    public static boolean canTerminate(WorkflowStage stage) {
        return stage == WorkflowStage.FOLLOW_UP;
    }
}
