package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The ARS's recognition of a serious health crisis on the CPTS's territory: it triggers the
 * crisis mission's conditional part for the contract year it falls in.
 *
 * @param reference the ARS's reference (decision, letter), may be empty
 */
public record CrisisRecognition(LocalDate date, String reference, String comment) {
    public CrisisRecognition {
        Objects.requireNonNull(date, "date");
        reference = reference == null ? "" : reference.strip();
        comment = comment == null ? "" : comment.strip();
    }
}
