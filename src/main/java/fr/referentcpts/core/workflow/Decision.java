package fr.referentcpts.core.workflow;

import java.time.LocalDate;

/** Moving a case forward: when it was decided, by whom, and an optional comment. */
public record Decision(LocalDate date, DecidedBy decidedBy, String comment) {
    public Decision {
        comment = comment == null ? "" : comment.strip();
    }
}
