package fr.referentcpts.core.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The crisis plan of the crisis mission, written in contract year 1 and updated each following
 * year: the date it was done for {@code contractYear}, with a comment.
 */
public record CrisisPlanUpdate(int contractYear, LocalDate date, String comment) {
    public CrisisPlanUpdate {
        Objects.requireNonNull(date, "date");
        comment = comment == null ? "" : comment.strip();
    }
}
