package fr.referentcpts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Class initialisations of the JDK that a start meets on its way and that need nothing of it,
 * done on a thread of their own as the process starts (found with a wall-clock profiler on the
 * packaged application): BigDecimal's — JDK 25 squares its way up to 5^65536 for its
 * conversions, ≈ 10 to 20 ms interpreted, met by the window's home screen on the JavaFX thread
 * and by every command through amounts and the database's values — and, for the window, the
 * default random generator's: ControlsFX names an event type after a random UUID while the
 * search field is built, and the security providers' set-up took ≈ 7 ms of the JavaFX thread.
 */
final class Preload {
    private Preload() {
    }

    /** Starts the initialisations: the window's too when {@code window}. */
    static void start(boolean window) {
        Thread.ofPlatform().daemon().name("referent-cpts-preload").start(() -> {
            // Whatever fails here fails again, and is reported, where the start meets it.
            try {
                BigDecimal.ONE.signum();
                if (window) {
                    UUID.randomUUID();
                }
            } catch (RuntimeException e) {
                // left to the start
            }
        });
    }
}
