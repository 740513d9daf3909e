package fr.referentcpts.ui.exchange;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The differences of a case changed on this computer and on the server, one per row, with a
 * box to tick to take the server's version; all of this computer's or all of the server's in
 * one click. Sized for a 1366 × 768 screen.
 */
public final class ConflictView extends VBox {

    public ConflictView(ConflictViewModel vm, Messages messages, String caseName) {
        super(8);
        setId("conflict-view");
        Label explain = new Label(messages.get("conflict.ui.explain", caseName));
        explain.setWrapText(true);
        Button keepMine = new Button(messages.get("conflict.ui.keepAllMine"));
        keepMine.setId("conflict-keep-mine");
        keepMine.setOnAction(e -> vm.keepAllMine());
        Button takeTheirs = new Button(messages.get("conflict.ui.takeAllTheirs"));
        takeTheirs.setId("conflict-take-theirs");
        takeTheirs.setOnAction(e -> vm.takeAllTheirs());
        Label summary = new Label();
        summary.setId("conflict-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        HBox actions = new HBox(8, keepMine, takeTheirs, summary);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ConflictViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("conflict-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("conflict.ui.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ConflictViewModel.Row, Boolean> take = new TableColumn<>(messages.get("conflict.ui.take"));
        take.setId("conflict-take");
        take.setCellValueFactory(cell -> cell.getValue().fromServerProperty());
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        take.setSortable(false);
        take.setPrefWidth(160);
        table.getColumns().add(Tables.column(messages.get("conflict.ui.what"), ConflictViewModel.Row::what, 170));
        table.getColumns().add(Tables.wrappingColumn(messages.get("conflict.ui.subject"),
                ConflictViewModel.Row::subject, 200));
        table.getColumns().add(Tables.wrappingColumn(messages.get("conflict.ui.mine"), ConflictViewModel.Row::mine,
                230));
        table.getColumns().add(Tables.wrappingColumn(messages.get("conflict.ui.theirs"),
                ConflictViewModel.Row::theirs, 230));
        table.getColumns().add(take);
        Tables.fit(List.of(table.getColumns().getFirst(), take));
        table.setPrefSize(1040, 420);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(explain, actions, table);
    }
}
