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
        return show(messages, owner, messages.get("security.ui.title"), prompt, messages.get("security.ui.open"));
    }

    /**
     * On the FX thread, any secret (a server's password): the dialog's title, question and
     * confirming button; null when cancelled.
     */
    public static char[] show(Messages messages, Window owner, String title, String prompt, String confirm) {
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ButtonType open = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Label question = new Label(prompt);
        question.setWrapText(true);
        question.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, question, field));
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
