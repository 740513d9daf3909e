package fr.referentcpts.core.followup;

import fr.referentcpts.core.funding.CrisisRecognition;
import java.util.Objects;
import java.util.UUID;

/** A crisis recognition the referent recorded on a case. */
public record RecordedCrisis(UUID id, CrisisRecognition recognition) {
    public RecordedCrisis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recognition, "recognition");
    }
}
