package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;

import fr.referentcpts.AppContext;
import fr.referentcpts.DataFolders;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
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
        clickOn(FxTestSupport.node(this, "#passphrase")).write("cheval batterie agrafe");
        clickOn("Ouvrir");

        waitUntil(() -> lookup("#cases").tryQuery().isPresent()
                && lookup("#cases").queryAs(TableView.class).getItems().size() == 8);
    }
}
