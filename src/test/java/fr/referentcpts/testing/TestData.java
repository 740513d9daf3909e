package fr.referentcpts.testing;

import fr.referentcpts.AppContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A real application context on a temporary data folder, with a fixed clock. */
public final class TestData {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), PARIS);

    private TestData() {
    }

    public static AppContext open(Path dataDir) {
        return AppContext.open(dataDir, CLOCK);
    }
}
