package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** « Avenants au contrat »: the table of a signed contract's amendments and its three actions. */
final class AmendmentsPane {
    private AmendmentsPane() {
    }

    static Node of(AmendmentsViewModel vm, Messages messages) {
        Label title = new Label(messages.get("amendmentUi.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        TableView<AmendmentsViewModel.AmendmentRow> table = Tables.of(vm.rows());
        table.setId("amendments-table");
        table.setPrefHeight(150);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Tables.rightColumn(messages.get("amendmentUi.column.number"), AmendmentsViewModel.AmendmentRow::number, 40),
                Tables.column(messages.get("amendmentUi.column.effectiveDate"),
                        AmendmentsViewModel.AmendmentRow::effectiveDate, 100),
                Tables.column(messages.get("amendmentUi.column.rules"), AmendmentsViewModel.AmendmentRow::rules, 140),
                Tables.column(messages.get("amendmentUi.column.changes"), AmendmentsViewModel.AmendmentRow::changes, 260),
                Tables.column(messages.get("amendmentUi.column.reason"), AmendmentsViewModel.AmendmentRow::reason, 220)));
        table.setPlaceholder(new Label(messages.get("amendmentUi.none")));
        var selected = table.getSelectionModel().selectedItemProperty();

        Button create = new Button(messages.get("amendmentUi.create"));
        create.setId("amendment-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.signedProperty().not());
        create.setOnAction(e -> vm.create(dialog -> new AmendmentDialog(dialog, messages, table.getScene() == null
                ? null : table.getScene().getWindow()).show()));
        Button delete = new Button(messages.get("amendmentUi.delete"));
        delete.setId("amendment-delete");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.deletable(selected.get()), selected, vm.rows()));
        delete.setOnAction(e -> vm.delete(selected.get()));
        Button print = new Button(messages.get("amendmentUi.print"));
        print.setId("amendment-print");
        print.disableProperty().bind(selected.isNull());
        print.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.suggestedFileName(selected.get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("annex.ui.pdfFiles"), "*.pdf"));
            File target = chooser.showSaveDialog(table.getScene().getWindow());
            if (target != null) {
                vm.print(selected.get(), target.toPath());
            }
        });
        VBox pane = new VBox(10, title, table, new HBox(8, create, delete, print));
        pane.setId("amendments");
        return pane;
    }
}
