package fr.referentcpts.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.testing.HeldTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Refresh requests made while one runs collapse into one next run: the latest. */
class LatestOnlyTaskRunnerTest {
    @Test
    void requestsDuringARunCollapseIntoTheLatest() {
        HeldTaskRunner held = new HeldTaskRunner();
        LatestOnlyTaskRunner runner = new LatestOnlyTaskRunner(held);
        List<String> shown = new ArrayList<>();

        runner.run(() -> "1", shown::add, e -> { });
        runner.run(() -> "2", shown::add, e -> { });
        runner.run(() -> "3", shown::add, e -> { });
        assertEquals(1, held.finish.size(), "only the first runs at once");

        held.finish.get(0).run();
        assertEquals(2, held.finish.size(), "then the latest request, once");
        held.finish.get(1).run();

        assertEquals(List.of("1", "3"), shown);
    }

    @Test
    void aFailureStillLetsTheNextRun() {
        HeldTaskRunner held = new HeldTaskRunner();
        LatestOnlyTaskRunner runner = new LatestOnlyTaskRunner(held);
        List<String> seen = new ArrayList<>();

        runner.run(() -> {
            throw new IllegalStateException("x");
        }, r -> { }, e -> seen.add("failed"));
        runner.run(() -> "after", seen::add, e -> { });
        held.finish.get(0).run();
        held.finish.get(1).run();

        assertEquals(List.of("failed", "after"), seen);
    }
}
