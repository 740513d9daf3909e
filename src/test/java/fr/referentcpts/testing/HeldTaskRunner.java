package fr.referentcpts.testing;

import fr.referentcpts.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A task runner whose jobs run, and call back, when the test says so: {@code finish.get(i).run()}. */
public final class HeldTaskRunner implements TaskRunner {
    public final List<Runnable> finish = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        finish.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }
}
