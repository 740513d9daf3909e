package fr.referentcpts.ui.budget;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Budget » from the main window of a 1366×768 laptop, on the demonstration portfolio: the
 * budget's window fits the screen, its figures and buttons are shown in full, a year is chosen.
 */
class BudgetViewFlowTest extends AppFlowTest {
    @Test
    void theBudgetOpensFromTheToolbarAndFitsALaptopScreen() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#open-budget").tryQuery().isPresent());
        interact(() -> {
            Stage stage = (Stage) lookup("#open-budget").query().getScene().getWindow();
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertVisibleInItsWindow("#open-budget");
        assertTrue(!lookup("#open-budget").queryAs(Labeled.class).isTextTruncated());

        clickOn(FxTestSupport.node(this, "#open-budget"));
        waitUntil(() -> lookup("#budget-table").tryQuery().isPresent() && !table().getItems().isEmpty());
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> table().getScene().getRoot().layout());
        }

        assertEquals(List.of("Dossier", "Étape", "Année", "Engagé", "dont à confirmer", "Versé", "Reste à verser",
                "Statut"), table().getColumns().stream().map(c -> c.getText()).toList());
        assertVisibleInItsWindow("#budget-export-csv");
        assertVisibleInItsWindow("#budget-export-xlsx");
        assertVisibleInItsWindow("#budget-close");
        List<String> cut = new ArrayList<>();
        interact(() -> collect(table().getScene().getRoot(), cut));
        assertEquals(List.of(), cut);

        ComboBox<BudgetViewModel.YearChoice> year = lookup("#budget-year").queryComboBox();
        interact(() -> year.setValue(year.getItems().stream().filter(c -> Integer.valueOf(2026).equals(c.year()))
                .findFirst().orElseThrow()));
        waitUntil(() -> table().getItems().stream().allMatch(l -> ((BudgetViewModel.Line) l).year().equals("2026")));
    }

    private TableView<?> table() {
        return lookup("#budget-table").queryAs(TableView.class);
    }

    /** The node lies entirely inside its window, and the window inside 1366×768. */
    private void assertVisibleInItsWindow(String query) {
        Node node = lookup(query).query();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= width && bounds.getMinY() >= 0
                && bounds.getMaxY() <= height, query + " " + bounds + " outside " + width + "×" + height);
        assertTrue(width <= 1366 && height <= 768, "fits in 1366×768: " + width + "×" + height);
    }

    /** The texts shown cut (« … »): labels, headers and cells on screen. */
    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isTextTruncated() && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
