package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a value of the rules comes from: the text (agreement, amendment, brochure), the
 * article or document when known, and the text’s date.
 */
public record Source(String text, String reference, LocalDate date) {
    public Source {
        Objects.requireNonNull(text, "text");
        reference = reference == null ? "" : reference;
    }

    /** « ACI du 20 juin 2019, barème, 20/06/2019 » style one-liner for tables and annexes. */
    public String citation() {
        StringBuilder citation = new StringBuilder(text);
        if (!reference.isBlank()) {
            citation.append(" – ").append(reference);
        }
        if (date != null) {
            citation.append(" (").append(FrenchFormat.date(date)).append(')');
        }
        return citation.toString();
    }
}
