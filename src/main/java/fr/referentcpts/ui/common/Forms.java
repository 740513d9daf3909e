package fr.referentcpts.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small builders shared by the forms: a labelled field with its French error below it. */
public final class Forms {
    private Forms() {
    }

    public static VBox field(String label, Node control, ObservableStringValue error) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(control);
        Label errorLabel = new Label();
        errorLabel.getStyleClass().add("field-error");
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setWrapText(true);
        VBox box = new VBox(4, caption, control, errorLabel);
        box.getStyleClass().add("form-field");
        return box;
    }

    /** A text field bound both ways to {@code value}. */
    public static javafx.scene.control.TextField textField(String id, javafx.beans.property.StringProperty value,
            double width) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(width);
        return field;
    }

    /**
     * A row of controls that wraps onto the next line when the pane is narrow; buttons, check
     * boxes, combo boxes and labels never shrink below their text.
     */
    public static javafx.scene.layout.FlowPane row(double spacing, Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof javafx.scene.control.Labeled || node instanceof javafx.scene.control.ComboBoxBase<?>) {
                ((javafx.scene.layout.Region) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(spacing, 6, nodes);
        row.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        return row;
    }

    public static VBox field(String label, Node control) {
        return field(label, control, new javafx.beans.property.SimpleStringProperty(""));
    }
}
