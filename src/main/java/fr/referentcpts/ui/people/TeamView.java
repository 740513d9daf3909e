package fr.referentcpts.ui.people;

import fr.referentcpts.core.people.Person;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The « Équipe et partenaires » tab. */
public final class TeamView extends VBox {
    public TeamView(TeamViewModel vm, Messages messages, Consumer<Person> openDialog) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        Label professions = new Label();
        professions.setId("team-professions");
        professions.setWrapText(true);
        professions.textProperty().bind(vm.professionsProperty());
        Label kinds = new Label();
        kinds.setWrapText(true);
        kinds.getStyleClass().add("text-muted");
        kinds.textProperty().bind(vm.kindsProperty());

        TableView<PersonRow> table = Tables.of(vm.rows());
        table.setId("team-table");
        table.getColumns().addAll(List.of(
                Tables.wrappingColumn(messages.get("team.field.name"), PersonRow::name, 200),
                Tables.wrappingColumn(messages.get("layout.team.kindAndProfession"),
                        r -> lines(r.kind(), r.profession()), 170),
                Tables.wrappingColumn(messages.get("team.field.roles"), PersonRow::roles, 150),
                Tables.wrappingColumn(messages.get("layout.team.communeAndContact"),
                        r -> lines(r.commune(), r.contact()), 200)));
        // Long texts on several lines rather than cut; four columns fit beside the list on a 1366-px screen.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.fit(table.getColumns().subList(0, 3), "Professionnel·le");
        Tables.fit(table.getColumns().subList(3, 4), "marianne.lecoq@exemple.fr");
        table.setPlaceholder(new Label(messages.get("team.empty")));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<PersonRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openDialog.accept(row.getItem().person());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(messages.get("team.add"));
        add.setId("team-add");
        add.setOnAction(e -> openDialog.accept(null));
        Button edit = new Button(messages.get("team.edit"));
        edit.setId("team-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openDialog.accept(table.getSelectionModel().getSelectedItem().person()));
        Button delete = new Button(messages.get("team.delete"));
        delete.setId("team-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));

        getChildren().addAll(professions, kinds, table, Forms.row(8, add, edit, delete));
    }

    /** The non-empty ones of {@code texts}, one per line. */
    private static String lines(String... texts) {
        return java.util.Arrays.stream(texts).filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
