package fr.referentcpts.core.agenda;

import fr.referentcpts.core.workflow.Phrase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dated deadline of a case file, computed from its data: its kind (whose label takes
 * {@code arguments}), whether it is done, and a key unique and stable within the case (the
 * calendar export derives its UID from it).
 */
public record Deadline(UUID caseId, String caseName, LocalDate date, DeadlineKind kind, List<Object> arguments,
        String key, boolean done) {

    public Deadline {
        arguments = List.copyOf(arguments);
    }

    public Phrase title() {
        return new Phrase(kind.messageKey(), arguments);
    }

    /** Actionable, not done and its date passed. */
    public boolean overdue(LocalDate today) {
        return kind.actionable() && !done && date.isBefore(today);
    }

    /** Still to come or to do: not done, and either overdue or not yet passed. */
    public boolean pending(LocalDate today) {
        return !done && (overdue(today) || !date.isBefore(today));
    }

    /** A UID unique in the world and stable across exports (RFC 5545 §3.8.4.7). */
    public String uid() {
        return caseId + "-" + key + "@referent-cpts";
    }
}
