package fr.referentcpts.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The background runner while the application closes. */
class FxTaskRunnerTest {
    @Test
    void workAskedForOnceClosedIsDroppedWithoutAnError() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        FxTaskRunner home = new FxTaskRunner("test-home");
        home.closeNow();
        FxTaskRunner worker = new FxTaskRunner();
        worker.close();

        assertDoesNotThrow(() -> home.run(() -> ran.getAndSet(true), r -> { }, e -> { }));
        assertDoesNotThrow(() -> new LatestOnlyTaskRunner(worker).run(() -> ran.getAndSet(true), r -> { }, e -> { }));
        Thread.sleep(100);
        assertFalse(ran.get(), "nothing runs once the runner is closed");
    }
}
