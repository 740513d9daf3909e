package fr.referentcpts.ui.documents;

import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.KeyedConverter;
import fr.referentcpts.ui.common.Tables;
import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The « Documents » tab. */
public final class DocumentsView extends VBox {
    public DocumentsView(DocumentsViewModel vm, Messages messages) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        TableView<DocumentRow> table = Tables.of(vm.rows());
        table.setId("documents-table");
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("document.column.kind"), DocumentRow::kind, 150),
                Tables.column(messages.get("document.column.file"), DocumentRow::fileName, 220),
                Tables.column(messages.get("document.column.date"), DocumentRow::date, 90),
                Tables.rightColumn(messages.get("document.column.size"), DocumentRow::size, 70),
                Tables.column(messages.get("document.column.note"), DocumentRow::note, 180),
                Tables.column(messages.get("document.column.added"), DocumentRow::added, 120)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("document.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button attach = new Button(messages.get("document.attach"));
        attach.setId("document-attach");
        attach.setOnAction(e -> {
            File file = new FileChooser().showOpenDialog(getScene().getWindow());
            if (file != null) {
                describe(messages, file.getName()).ifPresent(d -> vm.attach(file.toPath(), d.kind(), d.date(), d.note()));
            }
        });
        Button open = new Button(messages.get("document.open"));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        Button saveAs = new Button(messages.get("document.saveAs"));
        saveAs.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveAs.setOnAction(e -> {
            DocumentRow row = table.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(row.fileName());
            File target = chooser.showSaveDialog(getScene().getWindow());
            if (target != null) {
                vm.saveAs(row, target.toPath());
            }
        });
        Button delete = new Button(messages.get("document.delete"));
        // A recorded annex stays: it is the reference a signed copy is checked against.
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            DocumentRow row = table.getSelectionModel().getSelectedItem();
            return row == null || !row.removable();
        }, table.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        getChildren().addAll(table, Forms.row(8, attach, open, saveAs, delete));
    }

    private record Description(DocumentKind kind, java.time.LocalDate date, String note) {
    }

    /** Asks the kind, date and note of a file being attached. */
    private java.util.Optional<Description> describe(Messages messages, String fileName) {
        Dialog<Description> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("document.attach"));
        dialog.setHeaderText(fileName);
        ComboBox<DocumentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
        kind.setConverter(new KeyedConverter<>(messages));
        kind.setValue(DocumentKind.OTHER);
        SimpleStringProperty dateText = new SimpleStringProperty("");
        SimpleStringProperty dateError = new SimpleStringProperty("");
        TextField date = Forms.textField("document-date", dateText, 120);
        TextField note = new TextField();
        dialog.getDialogPane().setContent(new VBox(8,
                Forms.field(messages.get("document.column.kind"), kind),
                Forms.field(messages.get("document.field.date"), date, dateError),
                Forms.field(messages.get("document.column.note"), note)));
        ButtonType ok = new ButtonType(messages.get("document.attach.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (!DateInput.parse(dateText.get()).valid()) {
                dateError.set(messages.get("date.invalid", dateText.get()));
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok
                ? new Description(kind.getValue(), DateInput.parse(dateText.get()).date(), note.getText()) : null);
        return dialog.showAndWait();
    }
}
