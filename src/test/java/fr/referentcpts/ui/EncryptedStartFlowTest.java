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
        assertTrue(lookup(".progress-indicator").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "aucune animation pendant l’ouverture");
        // while the database waits for its passphrase, the main screen is built beneath the splash
        waitUntil(() -> lookup("#cases").tryQuery().isPresent());
        TableView<?> cases = lookup("#cases").queryAs(TableView.class);
        assertTrue(cases.getItems().isEmpty());
        javafx.scene.Parent root = cases.getScene().getRoot();
        assertEquals(opening.getParent(), root.getChildrenUnmodifiable().getLast(), "the splash covers it");
        clickOn(FxTestSupport.node(this, "#passphrase")).write("cheval batterie agrafe");
        clickOn("Ouvrir");

        waitUntil(() -> cases.getItems().size() == 8 && lookup("#splash-opening").tryQuery().isEmpty());
        assertEquals(1, lookup("#cases").queryAll().size());
    }
}
