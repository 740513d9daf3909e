package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a case's history: a transition between stages or a decision, the date it was
 * decided, who decided (null when not applicable), the reason, and the author (the referent of
 * the settings) with the moment it was recorded.
 */
public record HistoryEntry(UUID id, UUID caseId, LocalDate date, Instant recordedAt, HistoryKind kind, WorkflowStage from,
        WorkflowStage to, DecidedBy decidedBy, String reason, String author) {

    public HistoryEntry {
        reason = reason == null ? "" : reason.strip();
        author = author == null ? "" : author.strip();
    }
}
