package be.veerkracht.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so stored times are known exactly. Thread-safe. */
public final class TestClock extends Clock {

    /** Where every test clock starts: a Saturday morning in Brussels, in UTC. */
    public static final Instant START = Instant.parse("2026-11-28T09:30:00.000Z");

    private volatile Instant now = START;

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the store works in UTC");
    }
}
