package fr.referentcpts.core.followup;

import java.time.LocalDate;

/**
 * The dialogue de gestion of one contract year (1–5): when it was held and what was said. The
 * indicator values of that year are the missions' measured values. {@code version} 0: not saved yet.
 */
public record AnnualReview(int contractYear, LocalDate date, String comments, int version) {
    public AnnualReview {
        comments = comments == null ? "" : comments.strip();
    }
}
