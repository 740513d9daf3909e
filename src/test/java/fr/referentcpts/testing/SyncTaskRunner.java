package fr.referentcpts.testing;

import fr.referentcpts.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback at once, on the calling thread: ViewModel tests without the FX toolkit. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
