package fr.referentcpts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A flow test's wait: a node the condition looks up before it joins the window (the case reopened
 * at start comes a frame after the list) is « not yet », not an error that ends the test at once.
 */
class FxTestSupportTest extends FxRobot {
    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNodeNotInTheWindowYetIsWaitedFor() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane root = new StackPane();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
        }).get();
        AtomicInteger looks = new AtomicInteger();

        FxTestSupport.waitUntil(() -> {
            if (looks.incrementAndGet() == 3) {
                Label late = new Label("arrivé");
                late.setId("late");
                root.getChildren().add(late);
            }
            return lookup("#late").queryAs(Label.class).getText().equals("arrivé");
        });

        assertEquals(3, looks.get(), "absent twice, then found");
    }

    @Test
    void anotherErrorOfTheConditionStillEndsTheWait() throws Exception {
        FxToolkit.registerPrimaryStage();

        Exception thrown = assertThrows(Exception.class,
                () -> FxTestSupport.waitUntil(() -> { throw new IllegalStateException("a real failure"); }));
        assertFalse(thrown instanceof TimeoutException, "at once, not after the whole wait: " + thrown);
        assertTrue(String.valueOf(thrown).contains("a real failure"), String.valueOf(thrown));
    }
}
