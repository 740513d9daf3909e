package fr.referentcpts.ui.sync;

import fr.referentcpts.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;

/** « Synchroniser » in the window's toolbar, for a data folder connected to the cellule's server. */
public final class SyncButton {
    private SyncButton() {
    }

    /**
     * The button; its tooltip says how the last synchronisation went. While one runs (asked or in
     * the background), a bar in the button fills as the cases are done and the tooltip counts them
     * (« Synchronisation : 120 / 1 000 dossiers… »); the button stays enabled so that its tooltip
     * can be read meanwhile, a click then doing nothing.
     */
    public static Button create(SyncViewModel model, Messages messages) {
        Button button = new Button(messages.get("syncUi.button"));
        button.setId("sync-now");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.statusProperty());
        button.setTooltip(tooltip);
        ProgressBar progress = new ProgressBar();
        progress.setId("sync-progress");
        progress.getStyleClass().add("sync-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setFocusTraversable(false);
        button.graphicProperty().bind(Bindings.when(model.runningProperty()).then((Node) progress)
                .otherwise((Node) null));
        button.setOnAction(e -> model.synchronise());
        return button;
    }

    /** The server's password, « Mémoriser » offered when the system can keep it (on the FX thread). */
    public static java.util.Optional<SyncViewModel.Answer> askPassword(Messages messages, javafx.stage.Window owner,
            String server, boolean offerToRemember) {
        return ServerPasswordDialog.ask(messages, owner, server, offerToRemember);
    }
}
