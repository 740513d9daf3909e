package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Backups in the window: a damaged base at start offers the latest one; the menu restores one. */
class BackupFlowTest extends AppFlowTest {
    @Test
    void aDamagedBaseAtStartOffersTheLatestBackupAndRestoresIt() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        Path file = dataDir.resolve("referent-cpts.mv.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("Restaurer la dernière sauvegarde").tryQuery().isPresent());
        assertTrue(lookup("#cases").tryQuery().isEmpty(), "no main screen over a base that did not open");
        clickOn("Restaurer la dernière sauvegarde");
        waitUntil(() -> lookup("OK").tryQuery().isPresent());
        clickOn("OK");

        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 8);
    }

    @Test
    void theMenuRestoresABackupInPlaceOfTheCurrentBase() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS ajoutée après la sauvegarde", "14", "", ""));
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 9);

        clickOn(FxTestSupport.node(this, "#exchange-menu"));
        clickOn(FxTestSupport.node(this, "#restore-backup"));
        waitUntil(() -> lookup("#backup-list").tryQuery().isPresent()
                && !lookup("#backup-list").queryAs(ListView.class).getItems().isEmpty());
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        clickOn("Restaurer");
        // The confirmation, whose button also reads « Restaurer ».
        waitUntil(() -> lookup("#backup-list").tryQuery().isEmpty() && lookup("Restaurer").tryQuery().isPresent());
        clickOn("Restaurer");
        waitUntil(() -> lookup("OK").tryQuery().isPresent());
        clickOn("OK");

        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 8);
        assertEquals(8, table().getItems().size());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return lookup("#cases").queryAs(TableView.class);
    }
}
