package fr.referentcpts.ui.sync;

import fr.referentcpts.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** « Synchroniser » in the window's toolbar, for a data folder connected to the cellule's server. */
public final class SyncButton {
    private SyncButton() {
    }

    /** The button; its tooltip says how the last synchronisation went, and it waits while one runs. */
    public static Button create(SyncViewModel model, Messages messages) {
        Button button = new Button(messages.get("syncUi.button"));
        button.setId("sync-now");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.statusProperty());
        button.setTooltip(tooltip);
        button.disableProperty().bind(model.runningProperty());
        button.setOnAction(e -> model.synchronise());
        return button;
    }

    /** The server's password, « Mémoriser » offered when the system can keep it (on the FX thread). */
    public static java.util.Optional<SyncViewModel.Answer> askPassword(Messages messages, javafx.stage.Window owner,
            String server, boolean offerToRemember) {
        return ServerPasswordDialog.ask(messages, owner, server, offerToRemember);
    }
}
