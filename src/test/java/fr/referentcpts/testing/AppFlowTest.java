package fr.referentcpts.testing;

import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A flow test of the real application, headless: its data folder (new for each test), the
 * application started on it by the test ({@code app = FxTestSupport.start(dataDir)}, again after
 * a restart) and always stopped after the test.
 */
public abstract class AppFlowTest extends FxRobot {
    @TempDir
    protected Path dataDir;
    protected Application app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxTestSupport.stop(app);
        }
    }
}
