package fr.referentcpts.ui.exchange;

import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogSizing;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Asks the referent how to resolve a synchronisation conflict, difference by difference. Nothing
 * changes until « Fusionner »: « Annuler » leaves both versions as they are.
 */
public final class ConflictDialog {
    private ConflictDialog() {
    }

    /**
     * The case merged as the referent chose ({@code mine}: this computer's version, {@code theirs}:
     * the server's), its last change at {@code now} or later; empty when the referent cancelled.
     */
    public static Optional<CaseBundle> resolve(Window owner, Messages messages, String caseName, CaseBundle mine,
            CaseBundle theirs, Instant now) {
        ConflictViewModel vm = new ConflictViewModel(messages, mine, theirs);
        Dialog<CaseBundle> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("conflict.ui.title", caseName));
        ButtonType merge = new ButtonType(messages.get("conflict.ui.merge"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(merge, new ButtonType(messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(merge).setId("conflict-merge");
        dialog.getDialogPane().setContent(new ConflictView(vm, messages, caseName));
        DialogSizing.growWithContent(dialog);
        dialog.setResultConverter(button -> button == merge ? vm.merged(now) : null);
        return dialog.showAndWait();
    }
}
