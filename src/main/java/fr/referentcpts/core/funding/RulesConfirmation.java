package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The record of a cellule's confirmation: the version it completes, who confirmed, when, and
 * against which text (« Avenant 2, JO du 31/03/2022, art. 8 »).
 */
public record RulesConfirmation(String completes, String confirmedBy, LocalDate confirmedOn, String text) {
    public RulesConfirmation {
        Objects.requireNonNull(completes, "completes");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        Objects.requireNonNull(text, "text");
    }

    /** The source of every cell the cellule confirmed. */
    public Source source() {
        return new Source(text, "confirmé par la cellule (" + confirmedBy + ")", confirmedOn);
    }
}
