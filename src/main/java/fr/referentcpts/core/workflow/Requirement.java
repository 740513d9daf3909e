package fr.referentcpts.core.workflow;

import java.util.List;

/**
 * One thing a stage asks for, computed from the case's data: met or missing, with the
 * arguments of its label and next action (a mission, a checklist item, a year…) and a detail
 * saying what the data holds (« 1 professionnel, 1 profession »), or null.
 */
public record Requirement(RequirementKind kind, List<Object> arguments, boolean met, Phrase detail) {
    public Requirement {
        arguments = List.copyOf(arguments);
    }

    public Severity severity() {
        return kind.severity();
    }

    public boolean blocking() {
        return kind.severity() == Severity.BLOCKING;
    }

    public boolean missingBlocking() {
        return !met && blocking();
    }

    public Phrase label() {
        return new Phrase(kind.labelKey(), arguments);
    }

    /** What to do to meet it: « Complétez l’équipe projet (onglet « Équipe et partenaires ») : … ». */
    public Phrase instruction() {
        return new Phrase(kind.instructionKey(), arguments);
    }

    /** A stable code for scripts: « PROJECT_DIAGNOSIS:ACCESS_TO_GP », « FOLLOW_REVIEW:1 ». */
    public String code() {
        return arguments.isEmpty() || !(arguments.getFirst() instanceof Enum<?> || arguments.getFirst() instanceof Integer)
                ? kind.name() : kind.name() + ":" + arguments.getFirst();
    }
}
