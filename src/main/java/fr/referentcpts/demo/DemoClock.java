package fr.referentcpts.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock the demonstration generator writes through: it moves the services' « now » back
 * to when each step of a case file would have happened, so creation dates and « dernière
 * modification » spread over the years as in a real portfolio.
 */
public final class DemoClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public DemoClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now);
        this.zone = Objects.requireNonNull(zone);
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoClock(now, other);
    }
}
