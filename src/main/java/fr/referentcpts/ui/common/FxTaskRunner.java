package fr.referentcpts.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all storage work, so use cases run one after the other in the
 * order the referent asked for them; callbacks run on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor;
    private volatile boolean closing;

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

    /**
     * Queues {@code work}. Once the runner is closed (the application is closing: its last save
     * was queued before), work still asked for — a refresh finishing meanwhile that asks for the
     * next one — is dropped, never an error shown over a window that is going away.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    deliver(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    if (closing) {
                        log().info("Tâche arrêtée par la fermeture de l’application : {}", e.toString());
                    } else {
                        deliver(() -> onFailure.accept(e));
                    }
                }
            });
        } catch (RejectedExecutionException rejected) {
            log().debug("Fermeture en cours : tâche ignorée");
        }
    }

    /** On the FX thread, unless the application started closing meanwhile (no dialog over a closing window). */
    private void deliver(Runnable callback) {
        Platform.runLater(() -> {
            if (!closing) {
                callback.run();
            }
        });
    }

    /**
     * Stops at once, dropping queued work: for read-only refreshes when the application closes.
     * Waits for the one running to give up, so the database is not closed under it.
     */
    public void closeNow() {
        closing = true;
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once closed and its thread has stopped: from then on every work asked for is refused. */
    boolean terminated() {
        return executor.isTerminated();
    }

    /** Waits for the queued work (a last save) before the application closes the database. */
    public void close() throws InterruptedException {
        closing = true;
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /**
     * Obtained when something is logged, not when the class loads: logback is then set up off
     * the way to the first frame (≈ 40 ms cold, on the JavaFX thread before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskRunner.class);
    }
}
