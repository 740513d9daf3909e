package fr.referentcpts.ui.common;

import fr.referentcpts.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, in French, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Window owner;

    public FxDialogService(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        safeDefault(alert, confirm, cancel);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE))
                .showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE))
                .showAndWait();
    }

    /**
     * Enter answers « Annuler »: what a confirmation asks (delete, replace, restore) needs an
     * explicit click on its button, never a reflex Enter.
     */
    static void safeDefault(Alert alert, ButtonType confirm, ButtonType cancel) {
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add("danger");
        cancelButton.setDefaultButton(true);
        alert.setOnShown(e -> cancelButton.requestFocus());
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
