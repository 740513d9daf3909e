package fr.referentcpts.ui.server;

import fr.referentcpts.testing.ClosedPort;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.io.server.ServerSettingsFile;
import fr.referentcpts.testing.AppFlowTest;
import fr.referentcpts.testing.FxTestSupport;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A laptop not yet connected, in the real window: « Réglages → Serveur de la cellule… », the
 * address typed with a mistake then corrected; the server cannot be reached (no network at the
 * time), the address is recorded all the same and « Synchroniser » appears in the toolbar.
 */
class ServerConnectionFlowTest extends AppFlowTest {
    @Test
    void connectingFromReglagesShowsSynchroniser() throws Exception {
        int closedPort = ClosedPort.any();
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#open-settings").tryQuery().map(FxTestSupport::shown).orElse(false));
        assertFalse(lookup("#sync-now").query().isVisible());

        clickOn(FxTestSupport.node(this, "#open-settings"));
        clickOn(FxTestSupport.node(this, "#settings-server"));
        FxTestSupport.typeInto(this, "#server-url", "cellule.cpam.local");
        FxTestSupport.typeInto(this, "#server-user", "alice");
        FxTestSupport.typeInto(this, "#server-password", "secret");
        if (lookup("#server-remember").queryAs(CheckBox.class).isVisible()) {
            clickOn(FxTestSupport.node(this, "#server-remember")); // never this machine's keyring
        }
        clickOn(FxTestSupport.node(this, "#server-save"));
        waitUntil(() -> lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Adresse de serveur non reconnue")).tryQuery().isPresent());

        lookup("#server-url").queryTextInputControl().clear();
        FxTestSupport.typeInto(this, "#server-url", "postgresql://127.0.0.1:" + closedPort + "/cellule");
        clickOn(FxTestSupport.node(this, "#server-save"));

        waitUntil(() -> lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("Le serveur n’a pas pu être joint pour l’instant")).tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#sync-now").query().isVisible());
        assertEquals("alice", new ServerSettingsFile(dataDir).load().orElseThrow().user());
        assertTrue(new ServerSettingsFile(dataDir).load().orElseThrow().url().contains(":" + closedPort + "/cellule"));
    }
}
