package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.simulation.BaseStockPolicy;
import be.veerkracht.simulation.DisruptionSchedule;
import be.veerkracht.simulation.EventDrivenSupplySimulator;
import be.veerkracht.simulation.Outage;
import be.veerkracht.simulation.OutageWindows;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.ReferenceSupplySimulator;
import be.veerkracht.simulation.ShipmentDelay;
import be.veerkracht.simulation.SteadyDemand;
import be.veerkracht.simulation.SupplySource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The event-driven engine against the plain reference, on the same part and schedule. */
class EventDrivenEngineTest {

    private static final BigDecimal COST = new BigDecimal("12.50");

    @Test
    void the_hand_checked_outage_gives_the_same_500_units_after_a_quiet_start() {
        // Single source, lead 20, stock 100, 10/day; the 60-day outage starts on day 100 instead of 0: after 100
        // quiet days the state is the starting state, so the loss is the hand-checked 500 units.
        PartSupply part = new PartSupply("P1", 100, List.of(new SupplySource("S01", 1.0, 20, null, 0)), COST);
        EventDrivenSupplySimulator.Outcome outcome = new EventDrivenSupplySimulator(part, 10)
                .run(DisruptionSchedule.of(new Outage("S01", 100, 160)), 365);
        assertThat(outcome.lostUnits()).isEqualTo(500.0);
        // Stepped: days 100..130 (the pipeline runs out, then stock; on day 130 nothing is left, nothing arrives,
        // nothing can be ordered: every day is the same until the outage ends, so it jumps to day 160), then days
        // 160..200 (the catch-up of day 160 arrives on day 180; from day 200 each day receives, sells and orders 10
        // with 100 in stock and the pipeline full: steady until the horizon). 31 + 41 = 72 days of 265.
        assertThat(outcome.daysStepped()).isEqualTo(72);
    }

    @Test
    void nothing_happens_without_a_window_inside_the_horizon() {
        PartSupply part = new PartSupply("P1", 0, List.of(new SupplySource("S01", 1.0, 20, null, 0)), COST);
        EventDrivenSupplySimulator engine = new EventDrivenSupplySimulator(part, 10);
        assertThat(engine.run(DisruptionSchedule.NONE, 365)).isEqualTo(new EventDrivenSupplySimulator.Outcome(0, 0));
        assertThat(engine.run(DisruptionSchedule.of(new Outage("S01", 400, 460)), 365).daysStepped()).isZero();
        assertThat(engine.run(DisruptionSchedule.of(new Outage("OTHER", 0, 60)), 365).lostUnits()).isZero();
    }

    /**
     * Random parts (1–3 sources, uneven shares, capacities, ramp-ups, a standby source) and random outages and
     * delays: the engine's loss equals the reference's up to the reference's rounding drift over quiet days. The
     * bound, 10<sup>-7</sup> units per unit of daily demand, is what the drift of a few ulps a day over a year can
     * reach, with a wide margin; in practice the difference is 0 or about 10<sup>-12</sup>.
     */
    @Property(tries = 400)
    void the_engine_matches_the_reference(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double mean = 1 + random.nextDouble() * 99;
        int n = 1 + random.nextInt(3);
        List<SupplySource> sources = new ArrayList<>();
        double[] shares = shares(random, n);
        for (int i = 0; i < n; i++) {
            Double capacity = random.nextBoolean() ? null : mean * 365 * (0.2 + random.nextDouble() * 1.5);
            sources.add(new SupplySource("S" + i, shares[i], 1 + random.nextInt(45), capacity, random.nextInt(30)));
        }
        if (random.nextBoolean()) {
            sources.add(new SupplySource("C", 0.0, 1 + random.nextInt(10), mean * 365, random.nextInt(60)));
        }
        PartSupply part = new PartSupply("P", mean * random.nextInt(40), sources, COST);
        List<Outage> outages = new ArrayList<>();
        List<ShipmentDelay> delays = new ArrayList<>();
        int windows = 1 + random.nextInt(4);
        for (int w = 0; w < windows; w++) {
            String source = sources.get(random.nextInt(sources.size())).id();
            int start = random.nextInt(365);
            int days = 1 + random.nextInt(150);
            if (random.nextInt(3) == 0) {
                delays.add(new ShipmentDelay(source, start, start + days, 1 + random.nextInt(15)));
            } else {
                outages.add(new Outage(source, start, start + days));
            }
        }
        DisruptionSchedule schedule = new DisruptionSchedule(
                outages.isEmpty() ? outages : OutageWindows.merge(outages), delays);

        double reference = new ReferenceSupplySimulator(part, BaseStockPolicy.keepingStartingPosition(part, mean))
                .run(new SteadyDemand(mean), schedule, 365, false).lostUnits();
        EventDrivenSupplySimulator.Outcome fast = new EventDrivenSupplySimulator(part, mean).run(schedule, 365);
        assertThat(fast.lostUnits()).isCloseTo(reference, within(1e-7 * mean));
        assertThat(fast.daysStepped()).isLessThanOrEqualTo(365);
    }

    private static double[] shares(SplittableRandom random, int n) {
        double[] shares = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            shares[i] = 0.1 + random.nextDouble();
            sum += shares[i];
        }
        for (int i = 0; i < n; i++) {
            shares[i] /= sum;
        }
        return shares;
    }
}
