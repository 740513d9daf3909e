package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small builders for the stage forms: date fields, pick-lists with an empty choice, a save bar. */
final class FormControls {
    private FormControls() {
    }

    static TextField text(String id, StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(width);
        return field;
    }

    /** « jj/mm/aaaa ». */
    static TextField date(String id, StringProperty value, Messages messages) {
        TextField field = text(id, value, 130);
        field.setPromptText(messages.get("workflow.form.datePrompt"));
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    static TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    static CheckBox check(String id, String label, BooleanProperty value) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        box.setWrapText(true);
        return box;
    }

    /** A pick-list of {@code values} with an empty first choice labelled {@code none}. */
    static <T> ChoiceBox<T> choice(String id, List<T> values, Function<T, String> label, String none,
            ObjectProperty<T> value) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static <T extends Keyed> ChoiceBox<T> keyed(String id, T[] values, Messages messages, String none,
            ObjectProperty<T> value) {
        return choice(id, List.of(values), messages::get, none, value);
    }

    static Node field(String label, Node control, ObservableStringValue error) {
        return fr.referentcpts.ui.common.Forms.field(label, control, error);
    }

    /** « Enregistrer » and the save state. */
    static HBox saveBar(String id, Messages messages, ObservableStringValue state, Runnable save) {
        Button button = new Button(messages.get("workflow.form.save"));
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> save.run());
        button.setDefaultButton(false);
        Label saved = new Label();
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        saved.textProperty().bind(state);
        HBox bar = new HBox(12, button, saved);
        bar.getStyleClass().add("save-bar");
        return bar;
    }
}
