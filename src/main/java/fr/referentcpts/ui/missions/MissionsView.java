package fr.referentcpts.ui.missions;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The « Missions » tab: the missions chosen, then the selected one's actions, indicators and achievement. */
public final class MissionsView extends VBox {
    public MissionsView(MissionsViewModel vm, MissionDetailViewModel detail, Messages messages) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        Label rules = new Label();
        rules.getStyleClass().add("text-muted");
        rules.textProperty().bind(vm.rulesLabelProperty());

        TableView<MissionRow> table = Tables.of(vm.rows());
        table.setId("missions-table");
        table.setPrefHeight(230);
        table.setMinHeight(230);
        table.getColumns().addAll(List.of(
                Tables.wrappingColumn(messages.get("missions.column.mission"), MissionRow::label, 230),
                Tables.wrappingColumn(messages.get("missions.column.kind"), MissionRow::kind, 130),
                Tables.column(messages.get("missions.column.chosen"),
                        r -> r.caseMission().chosen() ? messages.get("missions.yes") : "", 70),
                Tables.wrappingColumn(messages.get("missions.column.start"), MissionRow::startShown, 100),
                Tables.rightColumn(messages.get("missions.column.actions"), r -> String.valueOf(r.actions()), 70),
                Tables.rightColumn(messages.get("missions.column.indicators"), r -> String.valueOf(r.indicators()), 90)));
        // Headers and dates at the width of their text; the mission's name takes the rest and wraps.
        Tables.sizeToContent(table, table.getColumns().getFirst(), 260, 100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        Consumer<MissionRow> selectInTable = row -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        };
        vm.selectedProperty().addListener((obs, old, row) -> selectInTable.accept(row));
        selectInTable.accept(vm.selectedProperty().get());

        CheckBox chosen = new CheckBox(messages.get("missions.chosen"));
        chosen.setId("mission-chosen");
        CheckBox snp = new CheckBox(messages.get("missions.snpOrientation"));
        snp.setId("mission-snp");
        SimpleStringProperty startText = new SimpleStringProperty("");
        TextField start = Forms.textField("mission-start", startText, 110);
        start.setPromptText(messages.get("missions.start.prompt"));
        Button applyStart = new Button(messages.get("missions.start.apply"));
        Consumer<MissionRow> showChoice = row -> {
            chosen.setSelected(row != null && row.caseMission().chosen());
            snp.setSelected(row != null && row.caseMission().snpOrientation());
            snp.setVisible(row != null && row.mission() == fr.referentcpts.core.funding.Mission.ACCESS);
            startText.set(row == null ? "" : row.startDate());
        };
        vm.selectedProperty().addListener((obs, old, row) -> showChoice.accept(row));
        showChoice.accept(vm.selectedProperty().get());
        chosen.setOnAction(e -> vm.setChosen(vm.selectedProperty().get(), chosen.isSelected()));
        snp.setOnAction(e -> vm.setSnpOrientation(vm.selectedProperty().get(), snp.isSelected()));
        applyStart.setOnAction(e -> vm.setStartDate(vm.selectedProperty().get(), startText.get()));
        start.setOnAction(e -> vm.setStartDate(vm.selectedProperty().get(), startText.get()));
        javafx.scene.layout.FlowPane choice = Forms.row(12, chosen, Forms.field(messages.get("missions.column.start"), start,
                vm.dateErrorProperty()), applyStart, snp);
        choice.getStyleClass().add("inline-form");

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(detail.titleProperty());

        getChildren().addAll(rules, table, choice, title, actions(detail, messages), indicators(detail, messages),
                rates(detail, messages));
    }

    private VBox actions(MissionDetailViewModel detail, Messages messages) {
        TableView<MissionAction> table = Tables.of(detail.actions());
        table.setId("actions-table");
        table.setPrefHeight(150);
        table.setMinHeight(150);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("missions.action.title"), MissionAction::title, 250),
                Tables.column(messages.get("missions.action.pilot"), MissionAction::pilot, 140),
                Tables.column(messages.get("missions.action.calendar"), MissionAction::calendar, 140),
                Tables.wrappingColumn(messages.get("missions.action.deliverablesColumn"), MissionAction::deliverables,
                        260)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("missions.action.empty")));
        Button add = new Button(messages.get("missions.action.add"));
        add.setId("action-add");
        add.setOnAction(e -> MissionDialogs.action(messages, getScene().getWindow(), detail, null)
                .ifPresent(detail::saveAction));
        Button edit = new Button(messages.get("team.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> MissionDialogs.action(messages, getScene().getWindow(), detail,
                table.getSelectionModel().getSelectedItem()).ifPresent(detail::saveAction));
        Button delete = new Button(messages.get("team.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> detail.deleteAction(table.getSelectionModel().getSelectedItem()));
        return section(messages.get("missions.actions"), table, Forms.row(8, add, edit, delete));
    }

    private VBox indicators(MissionDetailViewModel detail, Messages messages) {
        TableView<IndicatorRow> table = Tables.of(detail.indicators());
        table.setId("indicators-table");
        table.setPrefHeight(170);
        table.setMinHeight(170);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("missions.indicator.label"), IndicatorRow::label, 220),
                Tables.column(messages.get("missions.indicator.terms"), IndicatorRow::terms, 200),
                Tables.column(messages.get("missions.indicator.kind"), IndicatorRow::kind, 80),
                Tables.column(messages.get("missions.indicator.target"), IndicatorRow::targets, 150),
                Tables.column(messages.get("missions.indicator.measured"), IndicatorRow::measured, 120),
                Tables.rightColumn(messages.get("missions.indicator.weight"), IndicatorRow::weight, 50)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("missions.indicator.empty")));
        ComboBox<IndicatorTemplate> catalog = new ComboBox<>(detail.templates());
        catalog.setId("indicator-catalog");
        catalog.setPromptText(messages.get("missions.indicator.catalog"));
        catalog.setCellFactory(list -> templateCell());
        catalog.setButtonCell(templateCell());
        Button fromCatalog = new Button(messages.get("missions.indicator.fromCatalog"));
        fromCatalog.setId("indicator-from-catalog");
        fromCatalog.disableProperty().bind(catalog.valueProperty().isNull());
        fromCatalog.setOnAction(e -> detail.addFromCatalog(catalog.getValue()));
        Button add = new Button(messages.get("missions.indicator.add"));
        add.setOnAction(e -> openIndicator(detail, messages, null));
        Button edit = new Button(messages.get("team.edit"));
        edit.setId("indicator-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openIndicator(detail, messages, table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.get("team.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> detail.deleteIndicator(table.getSelectionModel().getSelectedItem()));
        Label selected = new Label();
        selected.setId("indicator-selected-terms");
        selected.setWrapText(true);
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            IndicatorRow row = table.getSelectionModel().getSelectedItem();
            return row == null ? "" : row.details();
        }, table.getSelectionModel().selectedItemProperty()));
        selected.managedProperty().bind(selected.textProperty().isNotEmpty());
        Label maximum = new Label();
        maximum.setId("indicators-maximum");
        maximum.textProperty().bind(detail.maximumProperty());
        maximum.managedProperty().bind(maximum.textProperty().isNotEmpty());
        Label note = new Label();
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.textProperty().bind(detail.termsNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return section(messages.get("missions.indicators"), table,
                selected, Forms.row(8, catalog, fromCatalog, add, edit, delete), maximum, note);
    }

    private VBox rates(MissionDetailViewModel detail, Messages messages) {
        TableView<RateRow> table = Tables.of(detail.rates());
        table.setId("rates-table");
        table.setPrefHeight(190);
        table.setMinHeight(190);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("missions.rate.yearColumn"), RateRow::year, 110),
                Tables.rightColumn(messages.get("missions.rate.value"), RateRow::value, 80),
                Tables.column(messages.get("missions.rate.source"), RateRow::source, 330)));
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
        year.setValue(1);
        TextField percent = new TextField();
        percent.setPrefWidth(70);
        percent.setPromptText("%");
        TextField reason = new TextField();
        reason.setPromptText(messages.get("missions.override.reason"));
        reason.setPrefWidth(260);
        Button override = new Button(messages.get("missions.override.apply"));
        override.setOnAction(e -> detail.overrideRate(year.getValue(), percent.getText(), reason.getText()));
        Button clear = new Button(messages.get("missions.override.clear"));
        clear.setOnAction(e -> detail.clearOverride(year.getValue()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(detail.overrideErrorProperty());
        return section(messages.get("missions.rates"), table, Forms.row(8, year, percent, reason, override, clear),
                error);
    }

    private void openIndicator(MissionDetailViewModel detail, Messages messages, IndicatorRow row) {
        IndicatorFormViewModel form = new IndicatorFormViewModel(messages, detail.caseId(), detail.mission(),
                row == null ? null : row.indicator());
        MissionDialogs.indicator(messages, getScene().getWindow(), form, row == null).ifPresent(detail::saveIndicator);
    }

    private static ListCell<IndicatorTemplate> templateCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(IndicatorTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static VBox section(String title, javafx.scene.Node... content) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(6, label);
        box.getChildren().addAll(content);
        return box;
    }
}
