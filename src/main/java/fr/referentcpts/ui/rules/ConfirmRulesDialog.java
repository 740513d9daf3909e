package fr.referentcpts.ui.rules;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.Forms;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * « Confirmer cette version… »: who confirms, when, against which text, the new version's id,
 * then every cell of the barème, editable, with what the version says of it and its error.
 */
public final class ConfirmRulesDialog extends Dialog<Void> {
    public ConfirmRulesDialog(ConfirmRulesViewModel vm, Messages messages, Window owner, Consumer<RulesVersion> saved) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get("rulesScreen.confirm.title", vm.versionTitle()));
        setResizable(true);
        ButtonType save = new ButtonType(messages.get("rulesScreen.confirm.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        Label title = new Label(messages.get("rulesScreen.confirm.title", vm.versionTitle()));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label help = new Label(messages.get("rulesScreen.confirm.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setMinHeight(Region.USE_PREF_SIZE);

        TextField by = Forms.textField("rules-confirm-by", vm.confirmedByProperty(), 240);
        DatePicker date = new DatePicker();
        date.setId("rules-confirm-on");
        date.setConverter(new FrenchDates());
        date.valueProperty().bindBidirectional(vm.confirmedOnProperty());
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        TextField text = Forms.textField("rules-confirm-text", vm.textProperty(), 420);
        text.setPromptText(messages.get("rulesScreen.confirm.textPrompt"));
        TextField id = Forms.textField("rules-confirm-id", vm.idProperty(), 320);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox first = new HBox(16, Forms.field(messages.get("rulesScreen.confirm.by"), by, vm.confirmedByErrorProperty()),
                Forms.field(messages.get("rulesScreen.confirm.on"), date, vm.confirmedOnErrorProperty()),
                grow(Forms.field(messages.get("rulesScreen.confirm.text"), text, vm.textErrorProperty())));
        VBox idField = Forms.field(messages.get("rulesScreen.confirm.id"), id, vm.idErrorProperty());
        idField.setMaxWidth(420);

        Label amountsCaption = new Label(messages.get("rulesScreen.confirm.amounts"));
        amountsCaption.getStyleClass().add("field-label");
        ScrollPane amounts = new ScrollPane(amountsGrid(vm, messages));
        amounts.setFitToWidth(true);
        amounts.setId("rules-confirm-amounts");
        VBox.setVgrow(amounts, Priority.ALWAYS);
        Label formError = new Label();
        formError.setId("rules-confirm-error");
        formError.getStyleClass().add("field-error");
        formError.setWrapText(true);
        formError.textProperty().bind(vm.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());

        VBox content = new VBox(8, title, help, first, idField, amountsCaption, amounts, formError);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1140, screen.getWidth() - 40);
        double height = Math.min(720, screen.getHeight() - 40);
        getDialogPane().setPrefSize(width, height);
        // The dialog window otherwise keeps the width of its first layout: size it once shown, inside the screen.
        setOnShown(event -> {
            setWidth(width);
            setHeight(height);
            setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        });

        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.setId("rules-confirm-save");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(vm.savingProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            // A date typed but not yet validated by Entrée counts as well.
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            vm.save(version -> {
                close();
                saved.accept(version);
            });
        });
        setResultConverter(button -> null);
    }

    private static GridPane amountsGrid(ConfirmRulesViewModel vm, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 12, 4, 4));
        ColumnConstraints line = new ColumnConstraints(220, 340, Double.MAX_VALUE);
        line.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(line);
        Label lineHeader = new Label(messages.get("rulesScreen.column.line"));
        lineHeader.getStyleClass().add("field-label");
        grid.add(lineHeader, 0, 0);
        for (SizeClass size : SizeClass.values()) {
            grid.getColumnConstraints().add(new ColumnConstraints(130, 150, 180));
            Label header = new Label(messages.get("rulesScreen.column.size", size.number()));
            header.getStyleClass().add("field-label");
            grid.add(header, size.number(), 0);
        }
        int r = 1;
        for (AmountRow row : vm.rows()) {
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(label, 0, r);
            for (SizeClass size : SizeClass.values()) {
                TextField amount = new TextField();
                amount.setId("rules-amount-" + row.key().code().replace('.', '_') + "-" + size.number());
                amount.textProperty().bindBidirectional(row.amountProperty(size));
                amount.setPromptText(messages.get("rulesScreen.cell.unknown"));
                amount.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
                Label hint = new Label(row.hint(size));
                hint.getStyleClass().addAll(Styles.TEXT_SMALL, RulesView.styleOf(row.status(size)));
                Label error = new Label();
                error.getStyleClass().addAll("field-error", Styles.TEXT_SMALL);
                error.setWrapText(true);
                error.textProperty().bind(row.errorProperty(size));
                error.visibleProperty().bind(error.textProperty().isNotEmpty());
                error.managedProperty().bind(error.visibleProperty());
                grid.add(new VBox(2, amount, hint, error), size.number(), r);
            }
            r++;
        }
        return grid;
    }

    private static VBox grow(VBox field) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** « 05/12/2026 » both ways; an impossible date reads as none (the form then asks for one). */
    private static final class FrenchDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return DateInput.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return DateInput.parse(text).date();
        }
    }
}
