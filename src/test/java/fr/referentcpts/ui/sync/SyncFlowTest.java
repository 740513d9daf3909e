package fr.referentcpts.ui.sync;

import fr.referentcpts.testing.ClosedPort;
import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.io.server.ServerSettingsFile;
import fr.referentcpts.testing.FxTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * « Synchroniser » in the real window, headless, with the cellule's server down: the password is
 * asked in a dialog, then the referent reads why nothing was exchanged — and the window answers
 * throughout.
 */
class SyncFlowTest extends AppFlowTest {
    @Test
    void withTheServerDownThePasswordIsAskedThenTheReasonShown() throws Exception {
        int closedPort = ClosedPort.any();
        new ServerSettingsFile(dataDir).save(new ServerAddress("postgresql://127.0.0.1:" + closedPort + "/cellule",
                "alice"));
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#sync-now").tryQuery().map(FxTestSupport::shown).orElse(false));

        clickOn(FxTestSupport.node(this, "#sync-now"));
        FxTestSupport.typeInto(this, "#passphrase", "secret");
        type(KeyCode.ENTER);

        waitUntil(() -> lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Serveur de la cellule injoignable")).tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> !lookup("#sync-now").queryButton().isDisabled());
        assertTrue(lookup("#sync-now").queryButton().getTooltip().getText().contains("a échoué"),
                lookup("#sync-now").queryButton().getTooltip().getText());
        waitUntil(() -> lookup("#sync-now").queryButton().getGraphic() == null); // the bar only while it runs
    }
}
