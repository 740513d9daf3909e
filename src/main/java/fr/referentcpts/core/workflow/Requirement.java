package fr.referentcpts.core.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a stage asks for, computed from the case's data: met or missing, with the
 * arguments of its label and next action (a mission, a checklist item, a year…) and a detail
 * saying what the data holds (« 1 professionnel, 1 profession »), or null.
 *
 * @param upcoming when it is not met but not due yet either (a contract that runs until then, a
 *                 meeting planned for then): that date; null otherwise. A requirement not yet due
 *                 is neither missing nor the next action, yet a blocking one still holds the case
 *                 at its stage.
 */
public record Requirement(RequirementKind kind, List<Object> arguments, boolean met, Phrase detail,
        LocalDate upcoming) {
    public Requirement {
        arguments = List.copyOf(arguments);
        upcoming = met ? null : upcoming;
    }

    public Requirement(RequirementKind kind, List<Object> arguments, boolean met, Phrase detail) {
        this(kind, arguments, met, detail, null);
    }

    public Severity severity() {
        return kind.severity();
    }

    public boolean blocking() {
        return kind.severity() == Severity.BLOCKING;
    }

    /** Not met and not due yet: it waits for its date. */
    public boolean pending() {
        return !met && upcoming != null;
    }

    /** Not met although due: something to do. */
    public boolean missing() {
        return !met && upcoming == null;
    }

    public boolean missingBlocking() {
        return missing() && blocking();
    }

    public boolean missingWarning() {
        return missing() && !blocking();
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
