package fr.referentcpts.ui.portfolio;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.casefile.IdentityErrors;
import fr.referentcpts.ui.common.Forms;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import fr.referentcpts.ui.common.Completion;

/** « Nouveau dossier »: a small form, validated on focus lost and on submit. */
public final class NewCaseDialog extends Dialog<CaseFile> {
    public NewCaseDialog(NewCaseViewModel vm, Messages messages, Window owner, Consumer<CaseFile> onCreated) {
        initOwner(owner);
        setTitle(messages.get("newcase.title"));
        setHeaderText(messages.get("newcase.header"));
        ButtonType create = new ButtonType(messages.get("newcase.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText(messages.get("newcase.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField departement = new TextField();
        departement.setId("new-departement");
        departement.setPromptText(messages.get("casefile.departement.prompt"));
        departement.textProperty().bindBidirectional(vm.departementProperty());
        Completion.bind(departement, vm.departementSuggestions());
        TextField referent = new TextField();
        referent.setId("new-referent");
        referent.textProperty().bindBidirectional(vm.referentProperty());
        for (TextField field : new TextField[] {name, departement, referent}) {
            // Not for a field not filled in yet (the département while leaving the name).
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && !field.getText().isBlank() && !departement.getText().isBlank()) {
                    vm.validate();
                }
            });
            // An error shown goes as soon as its field is corrected.
            field.textProperty().addListener((obs, old, text) -> {
                if (!vm.fieldErrors().nameProperty().get().isEmpty()
                        || !vm.fieldErrors().departementProperty().get().isEmpty()
                        || !vm.fieldErrors().referentProperty().get().isEmpty()) {
                    vm.validate();
                }
            });
        }
        Label formError = new Label();
        formError.getStyleClass().add("field-error");
        formError.textProperty().bind(vm.formErrorProperty());

        IdentityErrors errors = vm.fieldErrors();
        VBox form = new VBox(10,
                Forms.field(messages.get("casefile.field.name"), name, errors.nameProperty()),
                Forms.field(messages.get("casefile.field.departement"), departement, errors.departementProperty()),
                Forms.field(messages.get("casefile.field.referent"), referent, errors.referentProperty()),
                formError);
        form.setPrefWidth(460);
        getDialogPane().setContent(form);

        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("new-create");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(vm.canCreateProperty().not());
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            vm.create(created -> {
                setResult(created);
                close();
                onCreated.accept(created);
            });
        });
        setResultConverter(button -> null);
        fr.referentcpts.ui.common.DialogSizing.growWithContent(this);
        Platform.runLater(name::requestFocus);
    }
}
