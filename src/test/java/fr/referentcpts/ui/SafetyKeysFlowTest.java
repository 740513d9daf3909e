package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.ui.portfolio.CaseRow;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Safe defaults and the keyboard, headless: Enter in the delete confirmation keeps the case, the
 * deletion offers « Annuler », and the keyboard alone reaches the search, a new case, the list
 * and a case's tabs.
 */
class SafetyKeysFlowTest extends AppFlowTest {
    @Test
    void enterDoesNotDeleteAndADeletionCanBeUndone() throws Exception {
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#empty-new-case").tryQuery().map(FxTestSupport::shown).orElse(false));
        createCase("#empty-new-case", "CPTS du Bocage Virois", "14");
        waitUntil(() -> table().getItems().size() == 1 && lookup("#detail-delete").tryQuery().isPresent());

        javafx.application.Platform.runLater(() -> lookup("#detail-delete").queryButton().fire());
        waitUntil(() -> lookup("Supprimer définitivement").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("Supprimer définitivement").tryQuery().isEmpty());
        sleep(300);
        assertEquals(1, table().getItems().size(), "Enter answers « Annuler »: the case is kept");

        javafx.application.Platform.runLater(() -> lookup("#detail-delete").queryButton().fire());
        waitUntil(() -> lookup("Supprimer définitivement").tryQuery().isPresent());
        clickOn("Supprimer définitivement");
        waitUntil(() -> table().getItems().isEmpty() && lookup(".undo-bar").tryQuery().map(FxTestSupport::shown)
                .orElse(false));

        javafx.application.Platform.runLater(() -> lookup("#undo-delete").queryButton().fire());
        waitUntil(() -> table().getItems().size() == 1);
        assertEquals("CPTS du Bocage Virois", table().getItems().getFirst().name());
        waitUntil(() -> !lookup(".undo-bar").query().isVisible());
    }

    @Test
    void theKeyboardReachesSearchNewCaseListAndTabs() throws Exception {
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#empty-new-case").tryQuery().map(FxTestSupport::shown).orElse(false));
        createCase("#empty-new-case", "CPTS du Bocage Virois", "14");
        createCase("#empty-new-case", "CPTS Cœur du Cotentin", "50");
        waitUntil(() -> table().getItems().size() == 2);

        press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#new-name").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#new-name").tryQuery().isEmpty());

        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#search").query().isFocused());
        write("bocage");
        waitUntil(() -> table().getItems().size() == 1);
        interact(() -> table().getSelectionModel().clearSelection());
        type(KeyCode.DOWN);
        waitUntil(() -> table().isFocused());
        assertEquals("CPTS du Bocage Virois", table().getSelectionModel().getSelectedItem().name());
        type(KeyCode.ENTER);
        waitUntil(() -> tabs().isFocused() || tabs().isFocusWithin());

        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 1);
        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 2);
        assertFalse(lookup("#search").queryAs(TextField.class).isFocused());
        assertTrue(lookup("#detail-name").tryQuery().isPresent());
    }

    @Test
    void theNewCaseDialogKeepsItsButtonsInViewAfterAnError() throws Exception {
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#empty-new-case").tryQuery().map(FxTestSupport::shown).orElse(false));
        clickOn(FxTestSupport.node(this, "#empty-new-case"));
        waitUntil(() -> lookup("#new-name").tryQuery().isPresent());
        FxTestSupport.typeInto(this, "#new-name", "CPTS du Bocage Virois");
        FxTestSupport.typeInto(this, "#new-departement", "Atlantide");
        waitUntil(() -> !lookup("#new-create").queryButton().isDisabled());
        interact(() -> lookup("#new-create").queryButton().fire());
        waitUntil(() -> lookup(".field-error").queryAll().stream().anyMatch(Node::isVisible));
        sleep(300);

        javafx.scene.control.Button create = lookup("#new-create").queryButton();
        javafx.geometry.Bounds button = create.localToScreen(create.getBoundsInLocal());
        javafx.stage.Window window = create.getScene().getWindow();
        assertTrue(button.getMaxY() <= window.getY() + window.getHeight() && button.getMinY() >= window.getY(),
                "« Créer » stays inside the dialog: " + button + " in " + window.getY() + "+" + window.getHeight());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#new-name").tryQuery().isEmpty());
    }

    private void createCase(String button, String name, String departement) throws Exception {
        clickOn(FxTestSupport.node(this,
                lookup(button).tryQuery().filter(Node::isVisible).isPresent() ? button : "#new-case"));
        waitUntil(() -> lookup("#new-name").tryQuery().isPresent());
        FxTestSupport.typeInto(this, "#new-name", name);
        FxTestSupport.typeInto(this, "#new-departement", departement);
        waitUntil(() -> !lookup("#new-create").queryButton().isDisabled());
        interact(() -> lookup("#new-create").queryButton().fire());
        waitUntil(() -> lookup("#new-name").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases").queryAs(TableView.class);
    }

    private TabPane tabs() {
        return lookup("#case-tabs").queryAs(TabPane.class);
    }
}
