package fr.referentcpts.ui.common;

import javafx.animation.PauseTransition;

/** {@link Delay} on the FX animation timer. */
public final class FxDelay implements Delay {
    private PauseTransition pause;

    @Override
    public void restart(java.time.Duration delay, Runnable action) {
        cancel();
        pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        if (pause != null) {
            pause.stop();
            pause = null;
        }
    }
}
