package fr.referentcpts.ui.sync;

import fr.referentcpts.i18n.Messages;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The cellule server's password, on the FX thread; « Mémoriser dans le trousseau du système » only
 * when the system has a store to keep it in.
 */
final class ServerPasswordDialog {
    private ServerPasswordDialog() {
    }

    static Optional<SyncViewModel.Answer> ask(Messages messages, Window owner, String server, boolean offerToRemember) {
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        CheckBox remember = new CheckBox(messages.get("cred.ui.remember"));
        remember.setId("remember-password");
        Dialog<SyncViewModel.Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("syncUi.title"));
        ButtonType open = new ButtonType(messages.get("syncUi.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Label question = new Label(messages.get("syncUi.password", server));
        question.setWrapText(true);
        question.setMaxWidth(520);
        VBox content = new VBox(8, question, field);
        if (offerToRemember) {
            content.getChildren().add(remember);
        }
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == open
                ? new SyncViewModel.Answer(field.getText().toCharArray(), offerToRemember && remember.isSelected())
                : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
