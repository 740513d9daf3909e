package fr.referentcpts.ui.people;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.KeyedConverter;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Add or edit a member or partner. */
public final class PersonDialog extends Dialog<Person> {
    public PersonDialog(PersonFormViewModel vm, Messages messages, Window owner, boolean isNew,
            Consumer<Person> onValid) {
        initOwner(owner);
        setTitle(messages.get(isNew ? "team.add" : "team.edit"));
        ButtonType save = new ButtonType(messages.get("team.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<PersonKind> kind = new ComboBox<>(FXCollections.observableArrayList(PersonKind.values()));
        kind.setId("person-kind");
        kind.setConverter(new KeyedConverter<>(messages));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Profession> profession = new ComboBox<>(FXCollections.observableArrayList(Profession.values()));
        profession.setId("person-profession");
        profession.setConverter(new KeyedConverter<>(messages));
        profession.valueProperty().bindBidirectional(vm.professionProperty());
        FlowPane roles = new FlowPane(12, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.get(role));
            box.setId("person-role-" + role.name());
            box.setSelected(vm.roles().contains(role));
            box.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    vm.roles().add(role);
                } else {
                    vm.roles().remove(role);
                }
            });
            roles.getChildren().add(box);
        }
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(vm.notesProperty());

        GridPane grid = new GridPane(16, 8);
        grid.add(Forms.field(messages.get("team.field.kind"), kind), 0, 0);
        grid.add(Forms.field(messages.get("team.field.profession"), profession,
                vm.errorProperty(PersonService.FIELD_PROFESSION)), 1, 0);
        grid.add(Forms.field(messages.get("team.field.name"), Forms.textField("person-name", vm.nameProperty(), 260),
                vm.errorProperty(PersonService.FIELD_NAME)), 0, 1);
        grid.add(Forms.field(messages.get("team.field.organisation"),
                Forms.textField("person-organisation", vm.organisationProperty(), 260)), 1, 1);
        grid.add(Forms.field(messages.get("team.field.commune"),
                Forms.textField("person-commune", vm.communeProperty(), 260)), 0, 2);
        grid.add(Forms.field(messages.get("team.field.joinedOn"),
                Forms.textField("person-joined", vm.joinedOnProperty(), 120), vm.errorProperty(DateInput.FIELD)), 1, 2);
        grid.add(Forms.field(messages.get("team.field.email"), Forms.textField("person-email", vm.emailProperty(), 260),
                vm.errorProperty(PersonService.FIELD_EMAIL)), 0, 3);
        grid.add(Forms.field(messages.get("team.field.phone"),
                Forms.textField("person-phone", vm.phoneProperty(), 200)), 1, 3);
        grid.add(Forms.field(messages.get("team.field.rpps"), Forms.textField("person-rpps", vm.rppsProperty(), 200),
                vm.errorProperty(PersonService.FIELD_RPPS)), 0, 4);
        grid.add(Forms.field(messages.get("team.field.finess"),
                Forms.textField("person-finess", vm.finessProperty(), 200), vm.errorProperty(PersonService.FIELD_FINESS)),
                1, 4);
        grid.add(Forms.field(messages.get("team.field.roles"), roles), 0, 5, 2, 1);
        grid.add(Forms.field(messages.get("team.field.notes"), notes), 0, 6, 2, 1);
        getDialogPane().setContent(grid);

        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("person-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.validated().ifPresent(person -> {
                setResult(person);
                close();
                onValid.accept(person);
            });
        });
        setResultConverter(button -> null);
        fr.referentcpts.ui.common.DialogSizing.growWithContent(this);
    }
}
