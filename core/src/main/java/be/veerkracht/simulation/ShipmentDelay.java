package be.veerkracht.simulation;

import java.util.Objects;

/**
 * Shipments a source ships on days {@code startDay} (inclusive) to {@code endDay} (exclusive) arrive
 * {@code extraDays} later than its lead time: a sea lane closed and the detour sailed, or a worldwide logistics
 * crisis. Production goes on. Goods already at sea when the window opens are not delayed (they are past the lane or
 * the model does not know where they are; stated in docs/stress-test.md). Delays of one source that overlap add up.
 */
public record ShipmentDelay(String sourceId, int startDay, int endDay, int extraDays) {

    public ShipmentDelay {
        Objects.requireNonNull(sourceId, "sourceId");
        if (startDay < 0 || endDay < startDay) {
            throw new IllegalArgumentException(
                    "delay needs 0 <= start <= end, got [" + startDay + ", " + endDay + ")");
        }
        if (extraDays < 1) {
            throw new IllegalArgumentException("a delay adds at least 1 day, got " + extraDays);
        }
    }

    public boolean covers(int day) {
        return day >= startDay && day < endDay;
    }
}
