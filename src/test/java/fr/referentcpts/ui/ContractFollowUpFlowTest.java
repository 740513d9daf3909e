package fr.referentcpts.ui;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import fr.referentcpts.ui.portfolio.CaseRow;
import fr.referentcpts.ui.workflow.CrisesViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A referent records the ARS's recognition of a crisis on a signed contract (signed 15/07/2025,
 * crisis mission from signature, 30 000 € per recognised crisis) through the « Parcours » tab,
 * headless: a date in the future is refused under the field, a past one appears in the table
 * with the conditional part it triggers, and is stored.
 */
class ContractFollowUpFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private Application app;
    private UUID caseId;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxTestSupport.stop(app);
        }
    }

    @Test
    void aCrisisRecordedInTheFollowUpShowsTheConditionalPartPaid() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = fixture.newCase("CPTS du Bocage Virois");
            caseId = caseFile.id();
            fixture.walkTo(caseId, WorkflowStage.FOLLOW_UP);
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && cases().getItems().size() == 1);
        interact(() -> cases().getSelectionModel().select(0));
        waitUntil(() -> lookup("#req-FOLLOW_CRISIS_PLAN-1").tryQuery().isPresent());
        reveal("#crisis-date");
        assertTrue(lookup("#contract-crises").query().isVisible(), "the contract has the crisis mission");
        assertTrue(lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().startsWith(
                "La part conditionnelle est versée au plus une fois par année du contrat")));

        type("#crisis-date", "01/12/2026");
        click("#crisis-add");
        waitUntil(() -> errorUnder("#crisis-date").contains("est dans le futur"));
        assertEquals(0, crises().getItems().size());

        type("#crisis-date", "10/03/2026");
        type("#crisis-reference", "ARS-NOR-2026-014");
        type("#crisis-comment", "Épidémie de rougeole");
        click("#crisis-add");
        waitUntil(() -> crises().getItems().size() == 1);
        CrisesViewModel.CrisisRow row = crises().getItems().getFirst();
        assertEquals("10/03/2026", row.date());
        assertEquals("1", row.year());
        assertEquals("30\u202F000,00\u00A0€", row.paid());
        waitUntil(() -> errorUnder("#crisis-date").isEmpty());

        FxTestSupport.stop(app);
        app = null;
        try (AppContext context = TestData.open(dataDir)) {
            List<RecordedCrisis> stored = context.workflow().snapshot(caseId).contract().crises();
            assertEquals(1, stored.size());
            assertEquals("ARS-NOR-2026-014", stored.getFirst().recognition().reference());
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> cases() {
        return lookup("#cases").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<CrisesViewModel.CrisisRow> crises() {
        return lookup("#crisis-table").queryAs(TableView.class);
    }

    private void click(String query) throws Exception {
        reveal(query);
        interact(() -> ((javafx.scene.control.ButtonBase) lookup(query).query()).fire());
    }

    private void type(String query, String text) throws Exception {
        reveal(query);
        interact(() -> {
            javafx.scene.control.TextInputControl field = lookup(query).query();
            field.requestFocus();
            field.setText(text);
        });
    }

    /** Expands the pane holding {@code query} and scrolls the « Parcours » to it. */
    private void reveal(String query) throws Exception {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> {
            Node node = lookup(query).query();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof TitledPane pane && !pane.isExpanded()) {
                    pane.setExpanded(true);
                }
            }
            Node scroll = node;
            while (scroll != null && !(scroll instanceof ScrollPane)) {
                scroll = scroll.getParent();
            }
            if (scroll instanceof ScrollPane pane) {
                pane.layout();
                Node content = pane.getContent();
                Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (hidden > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 60) / hidden)));
                }
            }
        });
    }

    /** The French error under a field (the label after it in its form field). */
    private String errorUnder(String query) {
        Node field = lookup(query).query();
        return field.getParent().getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("field-error"))
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }
}
