package fr.referentcpts.ui.common;

import java.time.Duration;

/** A restartable timer for debounced actions (autosave after typing stops). */
public interface Delay {
    /** (Re)starts the timer: {@code action} runs once {@code delay} passes without another call. */
    void restart(Duration delay, Runnable action);

    void cancel();
}
