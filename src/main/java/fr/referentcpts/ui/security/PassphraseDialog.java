package fr.referentcpts.ui.security;

import fr.referentcpts.i18n.Messages;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the passphrase of an encrypted data folder (only such a folder asks for it). */
public final class PassphraseDialog {
    private PassphraseDialog() {
    }

    /** From a worker thread: shows the dialog on the FX thread and waits for the answer (null when cancelled). */
    public static char[] ask(Messages messages, Window owner) {
        return ask(messages, owner, messages.get("security.ui.prompt"));
    }

    /** As {@link #ask(Messages, Window)}, with another question (an encrypted .cpts file's passphrase). */
    public static char[] ask(Messages messages, Window owner, String prompt) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(messages, owner, prompt));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    /** On the FX thread. */
    public static char[] show(Messages messages, Window owner, String prompt) {
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("security.ui.title"));
        ButtonType open = new ButtonType(messages.get("security.ui.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, new Label(prompt), field));
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
