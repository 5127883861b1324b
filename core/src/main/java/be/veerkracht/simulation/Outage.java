package be.veerkracht.simulation;

import java.util.Objects;

/**
 * A source that ships nothing on days {@code startDay} (inclusive) to {@code endDay} (exclusive). Recovery time is
 * part of the window: the event model adds {@code recovery_days} before it builds the outage.
 */
public record Outage(String sourceId, int startDay, int endDay) {

    public Outage {
        Objects.requireNonNull(sourceId, "sourceId");
        if (startDay < 0 || endDay < startDay) {
            throw new IllegalArgumentException(
                    "outage needs 0 <= start <= end, got [" + startDay + ", " + endDay + ")");
        }
    }

    public boolean covers(int day) {
        return day >= startDay && day < endDay;
    }

    public int durationDays() {
        return endDay - startDay;
    }
}
