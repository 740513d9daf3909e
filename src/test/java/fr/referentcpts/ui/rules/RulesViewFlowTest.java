package fr.referentcpts.ui.rules;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.testing.FxTestSupport;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * « Règles de l’ACI » in the real application, headless: opened from « Réglages », the barème in
 * four size columns with each status in words, then the cellule confirms avenant 2 and finds its
 * version selected.
 */
class RulesViewFlowTest extends AppFlowTest {
    @Test
    void theBaremeIsShownBySizeClassAndTheCelluleConfirmsAvenant2() throws Exception {
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#open-settings").tryQuery().isPresent());
        clickOn(FxTestSupport.node(this, "#open-settings"));
        waitUntil(() -> lookup("#settings-rules").tryQuery().map(FxTestSupport::shown).orElse(false));
        clickOn(FxTestSupport.node(this, "#settings-rules"));
        waitUntil(() -> lookup("#rules-bareme").tryQuery().isPresent() && !table().getItems().isEmpty());

        assertEquals(List.of("Ligne", "Taille 1", "Taille 2", "Taille 3", "Taille 4"),
                table().getColumns().stream().map(c -> c.getText()).toList());
        assertVisibleInItsWindow("#rules-confirm");
        assertVisibleInItsWindow("#rules-close");

        interact(() -> versions().getSelectionModel().select(versions().getItems().stream()
                .filter(v -> v.id().equals("ACI-2019-AV2")).findFirst().orElseThrow()));
        waitUntil(() -> lookup("#rules-bareme .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Proposé")));
        assertTrue(lookup("#rules-bareme .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Confirmé (texte)")));

        clickOn(FxTestSupport.node(this, "#rules-confirm"));
        waitUntil(() -> lookup("#rules-confirm-by").tryQuery().isPresent());
        assertVisibleInItsWindow("#rules-confirm-save");
        clickOn(FxTestSupport.node(this, "#rules-confirm-by")).write("Camille Roussel");
        clickOn(FxTestSupport.node(this, "#rules-confirm-text")).write("Avenant 2, JO du 31/03/2022, art. 8");
        clickOn(FxTestSupport.node(this, "#rules-confirm-save"));

        waitUntil(() -> versions().getSelectionModel().getSelectedItem() != null
                && versions().getSelectionModel().getSelectedItem().id().equals("ACI-2019-AV2-CELLULE-2026-11-22"));
        waitUntil(() -> lookup("#rules-bareme .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Confirmé (cellule)")));
    }

    private TableView<?> table() {
        return lookup("#rules-bareme").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<VersionRow> versions() {
        return lookup("#rules-versions").queryAs(ListView.class);
    }

    /** The node lies entirely inside its window: nothing to scroll or enlarge to reach it. */
    private void assertVisibleInItsWindow(String query) {
        Node node = lookup(query).query();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= width && bounds.getMinY() >= 0
                && bounds.getMaxY() <= height, query + " " + bounds + " outside " + width + "×" + height);
        assertTrue(width <= 1366 && height <= 768, "fits in 1366×768: " + width + "×" + height);
    }
}
