package fr.referentcpts.ui.rules;

import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.SizeClass;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the confirmation form: the amount typed for each size class (prefilled with the
 * version's amount, confirmed or proposed; empty when unknown), what the version says of it, and
 * the error of each cell.
 */
public final class AmountRow {
    private final BaremeLine line;
    private final String label;
    private final List<StringProperty> amounts;
    private final List<ReadOnlyStringWrapper> errors;
    private final List<String> hints;

    AmountRow(BaremeLine line, String label, List<String> hints) {
        this.line = line;
        this.label = label;
        this.hints = List.copyOf(hints);
        this.amounts = Stream.of(SizeClass.values()).map(size -> (StringProperty) new SimpleStringProperty(
                line.cell(size).known() ? Amounts.typed(line.cell(size).amount()) : "")).toList();
        this.errors = Stream.of(SizeClass.values()).map(size -> new ReadOnlyStringWrapper("")).toList();
    }

    public LineKey key() {
        return line.key();
    }

    public String label() {
        return label;
    }

    /** The amount typed for {@code size}. */
    public StringProperty amountProperty(SizeClass size) {
        return amounts.get(size.ordinal());
    }

    /** The French error of the cell {@code size}, empty when none. */
    public ReadOnlyStringProperty errorProperty(SizeClass size) {
        return errors.get(size.ordinal()).getReadOnlyProperty();
    }

    /** What the version says of the cell: « Proposé », « À confirmer »… */
    public String hint(SizeClass size) {
        return hints.get(size.ordinal());
    }

    public RuleStatus status(SizeClass size) {
        return cell(size).status();
    }

    BaremeCell cell(SizeClass size) {
        return line.cell(size);
    }

    void error(SizeClass size, String text) {
        errors.get(size.ordinal()).set(text);
    }

    void clearErrors() {
        errors.forEach(e -> e.set(""));
    }
}
