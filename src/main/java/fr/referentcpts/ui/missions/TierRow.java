package fr.referentcpts.ui.missions;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One tier of the indicator form as typed: seuil, montant, libellé. */
public final class TierRow {
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");

    TierRow(String threshold, String amount, String label) {
        this.threshold.set(threshold);
        this.amount.set(amount);
        this.label.set(label);
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty labelProperty() {
        return label;
    }

    boolean isBlank() {
        return threshold.get().isBlank() && amount.get().isBlank() && label.get().isBlank();
    }
}
