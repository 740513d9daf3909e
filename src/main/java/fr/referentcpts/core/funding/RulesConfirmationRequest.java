package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a cellule confirms: the new version's id, the version it completes, who confirms, when,
 * against which text, and the cells it completes or corrects, line by line (only the size classes
 * given change).
 */
public record RulesConfirmationRequest(String id, String completes, String confirmedBy, LocalDate confirmedOn,
        String text, List<LineAmounts> amounts) {
    public RulesConfirmationRequest {
        id = id == null ? "" : id.strip();
        completes = completes == null ? "" : completes.strip();
        confirmedBy = confirmedBy == null ? "" : confirmedBy.strip();
        text = text == null ? "" : text.strip();
        amounts = List.copyOf(amounts);
    }

    /** The amounts confirmed for one line, by size class. */
    public record LineAmounts(LineKey line, Map<SizeClass, BigDecimal> amounts) {
        public LineAmounts {
            amounts = Map.copyOf(amounts);
        }
    }
}
