package fr.referentcpts.core.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The letter of intent: when it was received, what it contains, when it went to the ARS, the
 * joint ARS / Assurance Maladie decision, and the optional FIR start-up grant (crédit
 * d'amorçage). {@code version} 0: never saved.
 */
public record LetterOfIntent(LocalDate received, Set<LetterItem> content, LocalDate sentToArs,
        LetterDecision decision, LocalDate decisionDate, String decisionComments, BigDecimal seedGrantAmount,
        LocalDate seedGrantDate, int version) {

    public static final LetterOfIntent EMPTY = new LetterOfIntent(null, Set.of(), null, null, null, "", null, null, 0);

    public LetterOfIntent {
        content = content == null || content.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(content));
        decisionComments = decisionComments == null ? "" : decisionComments.strip();
    }

    public boolean validated() {
        return decision == LetterDecision.VALIDATED && decisionDate != null;
    }
}
