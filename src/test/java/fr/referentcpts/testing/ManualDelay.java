package fr.referentcpts.testing;

import fr.referentcpts.ui.common.Delay;
import java.time.Duration;

/** A {@link Delay} the test fires by hand. */
public final class ManualDelay implements Delay {
    private Runnable pending;

    @Override
    public void restart(Duration delay, Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean isPending() {
        return pending != null;
    }

    /** Time passes: the pending action runs. */
    public void fire() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
