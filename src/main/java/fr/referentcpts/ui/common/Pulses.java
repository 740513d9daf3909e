package fr.referentcpts.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** What runs once JavaFX has laid a scene out: what it shows is drawn from there. */
public final class Pulses {
    private Pulses() {
    }

    /** {@code then}, once, after the next pulse has laid {@code scene} out (a pulse is asked for). */
    public static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
