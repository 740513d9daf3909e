package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.portfolio.CaseRow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * « Avenants au contrat » in the « Parcours » of the demonstration's CPTS du Bessin, headless: the
 * recorded amendment is listed, « Nouvel avenant… » opens a form whose buttons fit a 1366×768
 * screen, its effect is shown, and saving lists the new amendment.
 */
class AmendmentFlowTest extends AppFlowTest {
    @Test
    void anAmendmentIsRecordedFromTheFollowUpStage() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && !table().getItems().isEmpty());
        interact(() -> table().getItems().stream().filter(r -> r.caseFile().name().equals("CPTS du Bessin"))
                .findFirst().ifPresent(r -> table().getSelectionModel().select(r)));
        FxTestSupport.openTab(this, "tab-workflow");
        // each step waited for on its own: a timeout says which one did not come
        waitUntil(() -> "CPTS du Bessin".equals(((TextInputControl) lookup("#detail-name").query()).getText()));
        waitUntil(() -> ((TitledPane) lookup("#workflow-form-follow-up").query()).isExpanded());
        waitUntil(() -> lookup("#amendments-table").tryQuery().isPresent()
                && amendments().getItems().size() == 1);
        interact(() -> ((TitledPane) lookup("#workflow-form-follow-up").query()).setExpanded(true));

        fire("#amendment-create");
        waitUntil(() -> lookup("#amendment-save").tryQuery().isPresent());
        interact(() -> {
            Node save = lookup("#amendment-save").query();
            Window dialog = save.getScene().getWindow();
            assertTrue(dialog.getHeight() <= 768, "dialog height " + dialog.getHeight());
            Bounds bounds = save.localToScreen(save.getBoundsInLocal());
            assertTrue(bounds.getMaxY() <= dialog.getY() + dialog.getHeight() && bounds.getMaxY() <= 768,
                    "« Enregistrer » visible: " + bounds + " in a window of " + dialog.getHeight());
            assertTrue(save.isDisabled(), "the effect is shown first");
        });
        interact(() -> {
            ((TextInputControl) lookup("#amendment-effective-date").query()).setText("01/03/2026");
            @SuppressWarnings("unchecked")
            ChoiceBox<Integer> size = (ChoiceBox<Integer>) lookup("#amendment-size").query();
            size.setValue(2);
            ((TextInputControl) lookup("#amendment-reason").query()).setText("Population mise à jour");
        });
        fire("#amendment-preview");
        waitUntil(() -> !lookup("#amendment-save").query().isDisabled());
        String effect = interactValue(() -> ((javafx.scene.control.Label) lookup("#amendment-effect").query())
                .getText());
        assertTrue(effect.startsWith("Enveloppe annuelle : "), effect);
        fire("#amendment-save");
        waitUntil(() -> lookup("#amendment-save").tryQuery().isEmpty() && amendments().getItems().size() == 2);
        assertEquals("2", interactValue(() -> amendments().getItems().getFirst().number()));
    }

    private void fire(String query) throws Exception {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> ((ButtonBase) lookup(query).query()).fire());
    }

    private <T> T interactValue(java.util.concurrent.Callable<T> value) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(value).get();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<fr.referentcpts.ui.workflow.AmendmentsViewModel.AmendmentRow> amendments() {
        return lookup("#amendments-table").queryAs(TableView.class);
    }
}
