package fr.referentcpts.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and calls back on it. Work touching the database, files or PDF
 * goes through here; only the callbacks change properties. Tests use a synchronous runner.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work whose failure is reported by the global error presenter. */
    default <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, error -> {
            throw new TaskFailedException(error);
        });
    }

    /** A background failure nobody handled: the global handler shows it. */
    final class TaskFailedException extends RuntimeException {
        public TaskFailedException(Throwable cause) {
            super(cause);
        }
    }
}
