package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.DataFolders;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** An encrypted data folder: the window asks its passphrase, then opens as usual. */
class EncryptedStartFlowTest extends AppFlowTest {
    @Test
    void theWindowAsksThePassphraseOfAnEncryptedFolder() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        DataFolders.encrypt(dataDir, TestData.CLOCK, "cheval batterie agrafe".toCharArray());

        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#passphrase").tryQuery().isPresent());
        // behind the dialog, the window shows what it is doing — still: nothing drawn again and again meanwhile
        Label opening = lookup("#splash-opening").queryAs(Label.class);
        assertEquals("Ouverture des dossiers…", opening.getText());
        assertTrue(opening.getParent().getChildrenUnmodifiable().stream().anyMatch(
                node -> node instanceof Label label && label.getText().equals("Référent CPTS")));
        assertTrue(lookup(".progress-indicator").queryAll().isEmpty(), "aucune animation pendant l’ouverture");
        clickOn(FxTestSupport.node(this, "#passphrase")).write("cheval batterie agrafe");
        clickOn("Ouvrir");

        waitUntil(() -> lookup("#cases").tryQuery().isPresent()
                && lookup("#cases").queryAs(TableView.class).getItems().size() == 8);
    }
}
