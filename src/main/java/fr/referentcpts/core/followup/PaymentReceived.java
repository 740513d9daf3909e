package fr.referentcpts.core.followup;

import fr.referentcpts.core.funding.LineKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A payment the CPTS received: date, exact amount, the barème line it pays (null: not broken down), a note. */
public record PaymentReceived(UUID id, UUID caseId, LocalDate date, BigDecimal amount, LineKey line, String note) {
    public PaymentReceived {
        note = note == null ? "" : note.strip();
    }
}
