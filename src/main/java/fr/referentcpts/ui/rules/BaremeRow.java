package fr.referentcpts.ui.rules;

import fr.referentcpts.core.funding.RuleStatus;
import java.util.List;

/** One line of the barème shown: its label and one cell per size class (Taille 1 to 4). */
public record BaremeRow(String line, List<Cell> cells) {
    public BaremeRow {
        cells = List.copyOf(cells);
    }

    /**
     * A cell as shown: the amount (« 50 000 € », or « à confirmer »), its status in words, the
     * status itself (the view picks its colour) and the tooltip (reference, confidence, note).
     */
    public record Cell(String amount, String statusText, RuleStatus status, String tooltip) {
    }
}
