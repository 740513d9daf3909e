package fr.referentcpts.ui.backup;

import fr.referentcpts.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The list of verified backups; the one chosen goes to {@link BackupViewModel#restore}. */
public final class RestoreBackupDialog {
    private RestoreBackupDialog() {
    }

    public static void show(BackupViewModel vm, Messages messages, Window owner) {
        vm.load();
        ListView<BackupViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("backup-list");
        list.setPrefSize(640, 280);
        list.setPlaceholder(new Label(messages.get("cli.backup.none")));
        Dialog<BackupViewModel.Row> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("backup.ui.title"));
        ButtonType restore = new ButtonType(messages.get("backup.ui.restore"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, new ButtonType(messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("backup.ui.explain")), list));
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().ifPresent(vm::restore);
    }
}
