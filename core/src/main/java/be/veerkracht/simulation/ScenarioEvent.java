package be.veerkracht.simulation;

import java.util.Objects;

/**
 * One event of a named scenario; every event starts on day 0. A closed set: each kind needs its own rule for which
 * sources it stops or delays ({@link ScenarioOutages}).
 */
public sealed interface ScenarioEvent {

    /** {@code zone}, {@code footprint}, {@code lane}, {@code supplier} or {@code tool}, as the command line writes it. */
    String kind();

    /** The code of the zone, footprint, lane, supplier or tool. */
    String target();

    /** How the command line writes this event, e.g. {@code zone:CN_SPHERE:90}: how results name it. */
    default String label() {
        return statedDays() == null ? kind() + ":" + target() : kind() + ":" + target() + ":" + statedDays();
    }

    /** The days the user gave; null for a tool loss that lasts its {@code rebuild_days}. */
    Integer statedDays();

    /** Every active source producing in a country of the zone is down for {@code days}. */
    record ZoneOutage(String target, int days) implements ScenarioEvent {
        public ZoneOutage {
            Objects.requireNonNull(target, "zone");
            Days.check(days);
        }

        @Override
        public String kind() {
            return "zone";
        }

        @Override
        public Integer statedDays() {
            return days;
        }
    }

    /** Every active source producing in a country of the outage footprint is down for {@code days}. */
    record FootprintOutage(String target, int days) implements ScenarioEvent {
        public FootprintOutage {
            Objects.requireNonNull(target, "footprint");
            Days.check(days);
        }

        @Override
        public String kind() {
            return "footprint";
        }

        @Override
        public Integer statedDays() {
            return days;
        }
    }

    /** Every active source of the supplier (all its sites) is down for {@code days}. */
    record SupplierOutage(String target, int days) implements ScenarioEvent {
        public SupplierOutage {
            Objects.requireNonNull(target, "supplier");
            Days.check(days);
        }

        @Override
        public String kind() {
            return "supplier";
        }

        @Override
        public Integer statedDays() {
            return days;
        }
    }

    /**
     * The tool is lost: the sources it serves (its supplier, for each of its parts) are down until a new one is
     * built, {@code rebuild_days} from the portfolio. {@code daysOverride}, when given, replaces that figure: the
     * user may know better, and a tool with unknown {@code rebuild_days} can still be tested.
     */
    record ToolLoss(String target, Integer daysOverride) implements ScenarioEvent {
        public ToolLoss {
            Objects.requireNonNull(target, "tool");
            if (daysOverride != null) {
                Days.check(daysOverride);
            }
        }

        @Override
        public String kind() {
            return "tool";
        }

        @Override
        public Integer statedDays() {
            return daysOverride;
        }
    }

    /**
     * A sea lane (delay footprint) is closed for {@code days}: every shipment passing it that is shipped in that time
     * takes the footprint's {@code delay_days} longer (the detour). {@code footprint:RED_SEA_SUEZ:120} means the same.
     */
    record LaneClosure(String target, int days) implements ScenarioEvent {
        public LaneClosure {
            Objects.requireNonNull(target, "lane");
            Days.check(days);
        }

        @Override
        public String kind() {
            return "lane";
        }

        @Override
        public Integer statedDays() {
            return days;
        }
    }

    /** The one rule all durations share. */
    final class Days {
        private Days() {
        }

        static void check(int days) {
            if (days <= 0) {
                throw new IllegalArgumentException("an event lasts at least 1 day, got " + days);
            }
        }
    }
}
