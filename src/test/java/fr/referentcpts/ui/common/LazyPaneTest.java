package fr.referentcpts.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage forms of « Parcours » are built when their pane first opens. A case read before the
 * window's first layout opened its stage's pane on an accordion without a skin yet: the pane,
 * born open, never saw itself open and stayed empty (a flow test's « Pré-projet » without its fields).
 */
class LazyPaneTest {
    private final List<String> built = new ArrayList<>();
    private StackPane root;
    private Accordion accordion;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPaneOpenedBeforeTheFirstLayoutShowsItsContent() throws Exception {
        show();
        WaitForAsyncUtils.asyncFx(() -> {
            root.getChildren().add(accordion);
            accordion.setExpandedPane(accordion.getPanes().get(1)); // in the same event: no skin yet
        }).get();
        settle();
        assertEquals("form-letter shown; built [form-letter]", state("form-letter"));
    }

    @Test
    void aPaneOpenedAfterTheFirstLayoutShowsItsContentAndTheOthersAreNotBuilt() throws Exception {
        show();
        WaitForAsyncUtils.asyncFx(() -> root.getChildren().add(accordion)).get();
        settle();
        assertEquals("none shown; built []", state("form-pre"));
        WaitForAsyncUtils.asyncFx(() -> accordion.setExpandedPane(accordion.getPanes().get(0))).get();
        settle();
        assertEquals("form-pre shown; built [form-pre]", state("form-pre"));
    }

    @Test
    void contentAskedForWhatIsAlreadyShownIsBuiltAtOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(true);
        LazyPane.once(shown, () -> built.add("tab"));
        assertEquals(List.of("tab"), built, "built at once");
        shown.set(false);
        shown.set(true);
        assertEquals(List.of("tab"), built, "built once");
    }

    private void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            root = new StackPane();
            accordion = new Accordion();
            for (String id : List.of("form-pre", "form-letter", "form-project")) {
                accordion.getPanes().add(LazyPane.of(id, id, () -> {
                    built.add(id);
                    Label field = new Label(id);
                    field.setId(id + "-field");
                    return field;
                }));
            }
            stage.setScene(new Scene(root, 600, 400));
            stage.show();
        }).get();
    }

    /** What a referent sees of pane {@code id}: its field on screen, and which forms were built. */
    private String state(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node field = accordion.lookup("#" + id + "-field");
            boolean shown = field != null && field.getScene() != null;
            for (Node n = field; shown && n != null; n = n.getParent()) {
                shown = n.isVisible();
            }
            return (shown ? id + " shown" : "none shown") + "; built " + built;
        }).get();
    }

    /** A few pulses: skins made, the opening animation run. */
    private static void settle() throws InterruptedException {
        for (int i = 0; i < 15; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(40);
        }
    }
}
