package fr.referentcpts.ui.territory;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.Tables;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The « Territoire » tab: communes, total and size class, manual entry. */
public final class TerritoryView extends VBox {
    public TerritoryView(TerritoryViewModel vm, Messages messages, javafx.scene.Node search) {
        setSpacing(10);
        getStyleClass().add("tab-content");

        Label total = new Label();
        total.setId("territory-total");
        total.getStyleClass().add(Styles.TITLE_4);
        total.textProperty().bind(vm.totalProperty());
        Label sizeClass = new Label();
        sizeClass.setId("territory-size-class");
        sizeClass.textProperty().bind(vm.sizeClassProperty());
        Label warning = new Label();
        warning.setId("territory-warning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.warningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        TableView<TerritoryRow> table = Tables.of(vm.rows());
        table.setId("territory-table");
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().addAll(java.util.List.of(
                Tables.column(messages.get("territory.column.code"), r -> r.commune().inseeCode(), 70),
                Tables.column(messages.get("territory.column.name"), r -> r.commune().name(), 200),
                Tables.rightColumn(messages.get("territory.column.population"), TerritoryRow::populationLabel, 90),
                Tables.column(messages.get("territory.column.source"), TerritoryRow::sourceLabel, 200),
                Tables.column(messages.get("territory.column.overlap"), TerritoryRow::overlap, 160)));
        // Codes, names and populations at the width of their text; the source takes the rest (tooltip).
        Tables.sizeToContent(table, table.getColumns().get(3), 240, 100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("territory.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(160);
        Button remove = new Button(messages.get("territory.remove"));
        remove.setId("territory-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        Button correct = new Button(messages.get("territory.correct"));
        correct.setId("territory-correct");
        correct.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        correct.setOnAction(e -> correctPopulation(vm, messages, table.getSelectionModel().getSelectedItem()));

        TextField code = Forms.textField("territory-code", vm.codeProperty(), 80);
        TextField name = Forms.textField("territory-name", vm.nameProperty(), 200);
        TextField population = Forms.textField("territory-population", vm.populationProperty(), 100);
        TextField vintage = Forms.textField("territory-vintage", vm.vintageProperty(), 80);
        Button add = new Button(messages.get("territory.add"));
        add.setId("territory-add");
        add.setOnAction(e -> vm.addManual());
        add.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane manual = Forms.row(8,
                Forms.field(messages.get("territory.column.code"), code),
                Forms.field(messages.get("territory.column.name"), name),
                Forms.field(messages.get("territory.column.population"), population),
                Forms.field(messages.get("territory.form.vintage"), vintage), add);
        manual.getStyleClass().add("inline-form");
        Label formError = new Label();
        formError.getStyleClass().add("field-error");
        formError.textProperty().bind(vm.formErrorProperty());
        // The manual entry folded (the communes table keeps the height); open again on an error.
        javafx.scene.control.TitledPane manualPane = new javafx.scene.control.TitledPane(
                messages.get("territory.form.title"), new VBox(6, manual, formError));
        manualPane.setId("territory-manual");
        manualPane.setExpanded(false);
        manualPane.setAnimated(false);
        formError.textProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                manualPane.setExpanded(true);
            }
        });
        HBox figures = new HBox(16, total, sizeClass);
        figures.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        getChildren().addAll(figures, warning, search, table, Forms.row(8, remove, correct), manualPane);
    }

    /** Asks the corrected population and its reason; the ViewModel refuses a malformed one. */
    private void correctPopulation(TerritoryViewModel vm, Messages messages, TerritoryRow row) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("territory.correct"));
        dialog.setHeaderText(row.commune().name() + " – " + row.populationLabel());
        TextField population = new TextField(String.valueOf(row.commune().population()));
        population.setId("correct-population");
        TextField reason = new TextField(row.commune().overrideReason());
        reason.setId("correct-reason");
        reason.setPromptText(messages.get("territory.correct.reasonPrompt"));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.correctionErrorProperty());
        error.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8,
                Forms.field(messages.get("territory.column.population"), population),
                Forms.field(messages.get("territory.correct.reason"), reason), error));
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(messages.get("team.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new javafx.scene.control.ButtonType(
                messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (!vm.correctPopulation(row, population.getText(), reason.getText())) {
                event.consume();
            }
        });
        dialog.showAndWait();
        vm.correctionClosed();
    }
}
