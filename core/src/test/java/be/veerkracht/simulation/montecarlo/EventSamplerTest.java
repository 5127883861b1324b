package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.FootprintEventRate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSamplerTest {

    @Test
    void poisson_inversion_matches_scipy() {
        // smallest n with F(n) > u, from scipy.stats.poisson.cdf (one-off computation, 2026-11-28)
        assertThat(EventSampler.poisson(0.5, 0.3)).isZero();
        assertThat(EventSampler.poisson(0.5, 0.7)).isEqualTo(1);
        assertThat(EventSampler.poisson(2.0, 0.5)).isEqualTo(2);
        assertThat(EventSampler.poisson(2.0, 0.99)).isEqualTo(6);
        assertThat(EventSampler.poisson(0.01, 0.995)).isEqualTo(1);
        assertThat(EventSampler.poisson(7.5, 0.123)).isEqualTo(4);
        assertThat(EventSampler.poisson(0, 0.999)).isZero();
    }

    @Test
    void counts_starts_and_durations_have_the_catalogue_distribution() {
        // Rate 1.5 a year over 365 days: mean count 1.5, variance 1.5; 20,000 scenarios: standard error of the mean
        // sqrt(1.5 / 20000) = 0.0087. Starts uniform on 0..364: mean 182, sd 105.4. Durations log-normal with median
        // 30 and p90 90: the sample median within a few percent of 30.
        EventStream stream = new EventStream(0, EventScope.FOOTPRINT, "X",
                new FootprintEventRate("X", 1.5, new DurationDistribution(30, 90), "t"), 0, new int[0], new int[0],
                new int[0]);
        EventSampler sampler = new EventSampler(42, 365);
        int scenarios = 20_000;
        long count = 0;
        double startSum = 0;
        List<Integer> durations = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            List<EventSampler.Occurrence> drawn = new ArrayList<>();
            sampler.sample(s, List.of(stream), drawn::add);
            count += drawn.size();
            for (EventSampler.Occurrence occurrence : drawn) {
                assertThat(occurrence.startDay()).isBetween(0, 364);
                startSum += occurrence.startDay();
                durations.add(occurrence.days());
            }
        }
        assertThat((double) count / scenarios).isCloseTo(1.5, within(5 * 0.0087));
        assertThat(startSum / count).isCloseTo(182.0, within(5 * 105.4 / Math.sqrt(count)));
        durations.sort(Integer::compare);
        assertThat((double) durations.get(durations.size() / 2)).isCloseTo(30.0, within(1.5));
        assertThat((double) durations.get((int) (durations.size() * 0.9))).isCloseTo(90.0, within(6.0));
    }

    @Test
    void a_scenario_draws_the_same_events_whatever_was_drawn_before() {
        EventStream stream = new EventStream(3, EventScope.FOOTPRINT, "X",
                new FootprintEventRate("X", 2, new DurationDistribution(30, 90), "t"), 0, new int[0], new int[0],
                new int[0]);
        EventSampler sampler = new EventSampler(7, 365);
        List<EventSampler.Occurrence> first = new ArrayList<>();
        sampler.sample(123, List.of(stream), first::add);
        for (int s = 0; s < 50; s++) {
            sampler.sample(s, List.of(stream), occurrence -> { });
        }
        List<EventSampler.Occurrence> again = new ArrayList<>();
        new EventSampler(7, 365).sample(123, List.of(stream), again::add);
        assertThat(again).isEqualTo(first);
    }
}
