package fr.referentcpts.ui.sync;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.io.server.ServerSettingsFile;
import fr.referentcpts.testing.FxTestSupport;
import java.net.ServerSocket;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * « Synchroniser » in the real window, headless, with the cellule's server down: the password is
 * asked in a dialog, then the referent reads why nothing was exchanged — and the window answers
 * throughout.
 */
class SyncFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxTestSupport.stop(app);
        }
    }

    @Test
    void withTheServerDownThePasswordIsAskedThenTheReasonShown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        new ServerSettingsFile(dataDir).save(new ServerAddress("postgresql://127.0.0.1:" + closedPort + "/cellule",
                "alice"));
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#sync-now").tryQuery().map(Node::isVisible).orElse(false));

        clickOn(FxTestSupport.node(this, "#sync-now"));
        FxTestSupport.typeInto(this, "#passphrase", "secret");
        type(KeyCode.ENTER);

        waitUntil(() -> lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Serveur de la cellule injoignable")).tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> !lookup("#sync-now").queryButton().isDisabled());
        assertTrue(lookup("#sync-now").queryButton().getTooltip().getText().contains("a échoué"),
                lookup("#sync-now").queryButton().getTooltip().getText());
    }
}
