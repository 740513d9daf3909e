package fr.referentcpts.core.followup;

import fr.referentcpts.core.funding.ContractAmendment;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An amendment to a case's contract, as recorded (when and by whom is in the history). */
public record RecordedAmendment(UUID id, ContractAmendment terms, Instant recordedAt) {
    public RecordedAmendment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
