package fr.referentcpts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * For read-only refreshes that may be slow on a large portfolio (the home screen's figures and
 * « À venir »): they run on a runner of their own, so they never delay what the referent asked
 * for, and requests made while one runs collapse into a single next run — only the latest
 * matters. Callbacks still arrive on the FX thread (through the delegate).
 */
public final class LatestOnlyTaskRunner implements TaskRunner {
    private final TaskRunner delegate;
    private boolean running;
    private Runnable pending;

    public LatestOnlyTaskRunner(TaskRunner delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable job = () -> delegate.run(work, result -> {
            onSuccess.accept(result);
            next();
        }, error -> {
            onFailure.accept(error);
            next();
        });
        if (running) {
            pending = job;
            return;
        }
        running = true;
        job.run();
    }

    private synchronized void next() {
        Runnable job = pending;
        pending = null;
        running = job != null;
        if (job != null) {
            job.run();
        }
    }
}
