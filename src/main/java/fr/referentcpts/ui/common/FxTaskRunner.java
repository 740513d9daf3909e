package fr.referentcpts.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all storage work, so use cases run one after the other in the
 * order the referent asked for them; callbacks run on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor;

    public FxTaskRunner() {
        this("referent-cpts-worker");
    }

    /** A runner with a thread of its own, for read-only work that must not queue behind edits. */
    public FxTaskRunner(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Stops at once, dropping queued work: for read-only refreshes when the application closes. */
    public void closeNow() {
        executor.shutdownNow();
    }

    /** Waits for the queued work (a last save) before the application closes the database. */
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
