package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a value of the rules comes from: the text (agreement, amendment, brochure), the
 * article or document when known, and the text’s date.
 */
public record Source(String text, String reference, LocalDate date) {
    public Source {
        Objects.requireNonNull(text, "text");
        reference = reference == null ? "" : reference;
    }

    /**
     * The citations already written, by source: every envelope line of every computation carries
     * its cell's citation, and the rules hold few distinct sources (kept to a bounded number).
     */
    private static final Map<Source, String> CITATIONS = new ConcurrentHashMap<>();
    private static final int CITATIONS_KEPT = 1_000;

    /** « ACI du 20 juin 2019, barème, 20/06/2019 » style one-liner for tables and annexes. */
    public String citation() {
        String citation = CITATIONS.get(this);
        if (citation == null) {
            citation = written();
            if (CITATIONS.size() < CITATIONS_KEPT) {
                CITATIONS.put(this, citation);
            }
        }
        return citation;
    }

    private String written() {
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
