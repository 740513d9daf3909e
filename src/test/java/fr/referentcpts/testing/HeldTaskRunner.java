package fr.referentcpts.testing;

import fr.referentcpts.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A runner whose jobs finish when the test says so, in the order it chooses. */
public final class HeldTaskRunner implements TaskRunner {
    public final List<Runnable> finish = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        finish.add(() -> {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
    }

    /** Finishes every job held so far, oldest first. */
    public void finishAll() {
        List<Runnable> jobs = List.copyOf(finish);
        finish.clear();
        jobs.forEach(Runnable::run);
    }
}
