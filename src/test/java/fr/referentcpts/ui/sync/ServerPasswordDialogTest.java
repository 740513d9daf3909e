package fr.referentcpts.ui.sync;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FxTestSupport;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The server's password dialog, headless: « Mémoriser » offered only when the system can keep it, and read back. */
class ServerPasswordDialogTest extends FxRobot {
    private Stage owner;
    private final AtomicReference<Optional<SyncViewModel.Answer>> answer = new AtomicReference<>();

    @BeforeEach
    void owner() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1366, 768));
            owner.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void ask(boolean offerToRemember) throws Exception {
        Platform.runLater(() -> answer.set(ServerPasswordDialog.ask(new Messages(), owner,
                "alice sur postgresql://serveur/cellule", offerToRemember)));
        waitUntil(() -> lookup("#passphrase").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void tickedThePasswordIsToBeKept() throws Exception {
        ask(true);
        CheckBox remember = lookup("#remember-password").queryAs(CheckBox.class);
        assertTrue(remember.getText().equals("Mémoriser dans le trousseau du système"), remember.getText());
        assertFalse(remember.isSelected());
        clickOn(remember);
        FxTestSupport.typeInto(this, "#passphrase", "Mot de passe 1");
        type(KeyCode.ENTER);

        waitUntil(() -> answer.get() != null);
        assertArrayEquals("Mot de passe 1".toCharArray(), answer.get().orElseThrow().password());
        assertTrue(answer.get().orElseThrow().remember());
    }

    @Test
    void withoutAStoreNothingIsOfferedNorKept() throws Exception {
        ask(false);
        assertTrue(lookup("#remember-password").tryQuery().isEmpty());
        FxTestSupport.typeInto(this, "#passphrase", "secret");
        type(KeyCode.ENTER);

        waitUntil(() -> answer.get() != null);
        assertFalse(answer.get().orElseThrow().remember());
    }

    @Test
    void cancelledNothingIsAnswered() throws Exception {
        ask(true);
        type(KeyCode.ESCAPE);

        waitUntil(() -> answer.get() != null);
        assertTrue(answer.get().isEmpty());
    }
}
