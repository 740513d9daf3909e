package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.ui.portfolio.CaseRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A referent's first minutes, headless: an empty folder, two new case files, the search box,
 * a rename, and a restart that finds the rename saved and the case reopened.
 */
class PortfolioFlowTest extends AppFlowTest {
    @Test
    void createFindRenameAndFindItAgainAfterARestart() throws Exception {
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#empty-new-case").tryQuery().map(FxTestSupport::shown).orElse(false));
        // no case chosen: its detail is not in the window yet (not even hidden — styled and laid out for nothing)
        assertTrue(lookup("#case-tabs").tryQuery().isEmpty());

        createCase("#empty-new-case", "CPTS du Bocage Virois", "Calvados");
        createCase("#new-case", "CPTS Cœur du Cotentin", "50");
        waitUntil(() -> table().getItems().size() == 2);

        clickOn(FxTestSupport.node(this, "#search")).write("bocage");
        waitUntil(() -> table().getItems().size() == 1);
        assertEquals("CPTS du Bocage Virois", table().getItems().getFirst().name());

        clickOn("CPTS du Bocage Virois");
        waitUntil(() -> field("#detail-name").getText().equals("CPTS du Bocage Virois"));
        FxTestSupport.openTab(this, "tab-identity");
        clickOn(FxTestSupport.node(this, "#detail-name")).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("CPTS du Bocage Virois et du Noireau");
        waitUntil(() -> lookup("#detail-save-state").queryAs(Label.class).getText()
                .equals("Toutes les modifications sont enregistrées.")
                && table().getItems().getFirst().name().equals("CPTS du Bocage Virois et du Noireau"));

        FxTestSupport.stop(app);
        app = FxTestSupport.start(dataDir);

        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 2);
        waitUntil(() -> field("#detail-name").getText().equals("CPTS du Bocage Virois et du Noireau"));
        assertEquals("CPTS du Bocage Virois et du Noireau",
                table().getSelectionModel().getSelectedItem().name(), "the last opened case is reopened");
    }

    private void createCase(String button, String name, String departement) throws Exception {
        clickOn(FxTestSupport.node(this, button));
        waitUntil(() -> lookup("#new-name").tryQuery().isPresent());
        FxTestSupport.typeInto(this, "#new-name", name);
        FxTestSupport.typeInto(this, "#new-departement", departement);
        // The département suggestions pop up over the dialog's buttons: press the button directly.
        waitUntil(() -> !lookup("#new-create").queryButton().isDisabled());
        interact(() -> lookup("#new-create").queryButton().fire());
        waitUntil(() -> lookup("#new-name").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases").queryAs(TableView.class);
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }
}
