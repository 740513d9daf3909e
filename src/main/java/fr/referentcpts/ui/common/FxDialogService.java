package fr.referentcpts.ui.common;

import fr.referentcpts.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
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

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
