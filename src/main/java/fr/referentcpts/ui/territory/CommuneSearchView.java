package fr.referentcpts.ui.territory;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Type-ahead search of the referential above the territory table; Enter or double-click adds. */
public final class CommuneSearchView extends VBox {
    public CommuneSearchView(CommuneSearchViewModel vm, Messages messages) {
        setSpacing(6);
        TextField query = Forms.textField("commune-search", vm.queryProperty(), 320);
        query.setPromptText(messages.get("territory.search.prompt"));
        HBox.setHgrow(query, Priority.ALWAYS);
        ToggleButton epci = new ToggleButton(messages.get("territory.search.epci"));
        epci.setId("commune-search-epci");
        epci.selectedProperty().bindBidirectional(vm.epciModeProperty());
        ListView<CommuneSearchViewModel.Hit> hits = new ListView<>(vm.hits());
        hits.setId("commune-hits");
        hits.setPrefHeight(180);
        hits.setMinHeight(180);
        hits.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.hits()));
        hits.managedProperty().bind(hits.visibleProperty());
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CommuneSearchViewModel.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.label() + "   " + hit.detail());
            }
        });
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                vm.add(hits.getSelectionModel().getSelectedItem());
            }
        });
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                vm.add(hits.getSelectionModel().getSelectedItem());
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.hits().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !vm.hits().isEmpty()) {
                vm.add(vm.hits().getFirst());
            }
        });
        Button add = new Button(messages.get("territory.search.add"));
        add.setId("commune-add");
        add.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.add(hits.getSelectionModel().getSelectedItem()));

        Button compare = new Button(messages.get("territory.vintage.compare"));
        compare.setId("territory-compare");
        compare.setOnAction(e -> vm.compare());
        Button apply = new Button(messages.get("territory.vintage.apply"));
        apply.setId("territory-apply-vintage");
        apply.setOnAction(e -> vm.applyReferential());
        Label summary = new Label();
        summary.setId("territory-vintage-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.comparisonSummaryProperty());
        ListView<String> lines = new ListView<>(vm.comparison());
        lines.setPrefHeight(110);
        lines.setMinHeight(110);
        lines.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.comparison()));
        lines.managedProperty().bind(lines.visibleProperty());
        apply.visibleProperty().bind(lines.visibleProperty());
        apply.managedProperty().bind(apply.visibleProperty());

        getChildren().addAll(Forms.row(8, query, epci, add), hits, Forms.row(8, compare, apply), summary, lines);
    }
}
