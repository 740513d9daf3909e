package fr.referentcpts.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // Both closings wait for their thread to stop: a terminated runner refuses every work, so
        // nothing asked for below can be queued to run later (no need to wait and see).
        assertTrue(home.terminated(), "closeNow waits for the thread to stop");
        assertTrue(worker.terminated(), "close waits for the queued work, then for the thread to stop");

        assertDoesNotThrow(() -> home.run(() -> ran.getAndSet(true), r -> { }, e -> { }));
        assertDoesNotThrow(() -> new LatestOnlyTaskRunner(worker).run(() -> ran.getAndSet(true), r -> { }, e -> { }));
        assertFalse(ran.get(), "nothing runs once the runner is closed");
        assertTrue(home.terminated() && worker.terminated(), "and nothing was queued");
    }
}
