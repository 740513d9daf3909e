package fr.referentcpts.ui.meetings;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The « Réunions » tab: the meeting log and the next actions to tick off. */
public final class MeetingsView extends VBox {
    /** @param openDialog opens the meeting form (null: a new meeting) */
    public MeetingsView(MeetingsViewModel vm, Messages messages, Consumer<Meeting> openDialog) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        Button add = new Button(messages.get("meeting.new"));
        add.setId("meeting-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> openDialog.accept(null));

        TableView<MeetingsViewModel.MeetingRow> table = Tables.of(vm.rows());
        table.setId("meetings-table");
        table.getColumns().addAll(List.of(
                Tables.wrappingColumn(messages.get("meeting.field.date"), MeetingsViewModel.MeetingRow::date, 110),
                Tables.wrappingColumn(messages.get("meeting.field.kind"), MeetingsViewModel.MeetingRow::kind, 150),
                Tables.wrappingColumn(messages.get("meeting.field.place"), MeetingsViewModel.MeetingRow::place, 150),
                Tables.wrappingColumn(messages.get("meeting.field.participants"),
                        MeetingsViewModel.MeetingRow::participants, 200),
                Tables.wrappingColumn(messages.get("meeting.field.actions"), MeetingsViewModel.MeetingRow::actions,
                        130)));
        // Headers in full (« Date et heure » on two lines if need be), long texts on several lines.
        Tables.fit(table.getColumns(), "25/01/2022");
        table.setPlaceholder(new Label(messages.get("meeting.empty")));
        table.setPrefHeight(260);
        table.setMinHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<MeetingsViewModel.MeetingRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openDialog.accept(row.getItem().meeting());
                }
            });
            return row;
        });
        Button edit = new Button(messages.get("meeting.edit"));
        edit.setId("meeting-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openDialog.accept(table.getSelectionModel().getSelectedItem().meeting()));
        Button delete = new Button(messages.get("meeting.delete"));
        delete.setId("meeting-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));

        Label actionsTitle = new Label(messages.get("meeting.actions.title"));
        actionsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox actions = new VBox(4);
        actions.setId("meeting-actions");
        vm.actions().addListener((ListChangeListener<MeetingsViewModel.ActionRow>) c -> fill(actions, vm, messages));
        fill(actions, vm, messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, add, edit, delete), table, actionsTitle, actions);
    }

    private static void fill(VBox box, MeetingsViewModel vm, Messages messages) {
        if (vm.actions().isEmpty()) {
            Label none = new Label(messages.get("meeting.actions.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().setAll(none);
            return;
        }
        box.getChildren().setAll(vm.actions().stream().map(row -> {
            CheckBox done = new CheckBox(row.text());
            done.setSelected(row.action().done());
            done.setWrapText(true);
            done.selectedProperty().addListener((obs, was, now) -> vm.setDone(row, now));
            Label due = new Label(row.due().isEmpty() ? row.owner() : row.owner().isEmpty() ? row.due()
                    : messages.get("meeting.actions.ownerDue", row.owner(), row.due()));
            due.getStyleClass().add(row.overdue() ? "overdue" : Styles.TEXT_MUTED);
            HBox line = new HBox(12, done, due);
            line.getStyleClass().add("action-row");
            return (Node) line;
        }).toList());
    }
}
