package fr.referentcpts.testing;

import fr.referentcpts.App;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application headless (Monocle) on a given data folder. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static Application start(Path dataDir) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        App.configure(new App.LaunchOptions(dataDir, false, TestData.CLOCK));
        return FxToolkit.setupApplication(App.class);
    }

    public static void stop(Application app) throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits (up to 30 s, for loaded CI machines) for a condition checked on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
