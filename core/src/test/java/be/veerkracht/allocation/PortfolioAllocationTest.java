package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PortfolioAllocationTest {

    private static PortfolioAllocationResult run(Portfolio portfolio, int threads, AllocationProgress progress) {
        StressTestModel model = StressTestModel.compile(portfolio, AllocationFixtures.geography(),
                AllocationFixtures.busyCatalogue());
        AllocationSettings settings = new AllocationSettings(new RiskAppetite(0.5, 0.95), 80, 42, threads, 3, 0,
                ConcentrationLimits.NONE, ExportPolicy.DEFAULT, AllocationSettings.DEFAULT_AMORTISATION_YEARS, true);
        return new PortfolioAllocation(portfolio, model, AllocationFixtures.geography(), AllocationFixtures.sourcing(),
                AllocationFixtures.classification(), settings).run(progress);
    }

    @Test
    void the_result_does_not_depend_on_the_number_of_threads() {
        Portfolio portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(300, 60, 7)).generate();
        AtomicInteger reported = new AtomicInteger();
        PortfolioAllocationResult one = run(portfolio, 1, (done, total) -> reported.accumulateAndGet(done, Math::max));
        PortfolioAllocationResult three = run(portfolio, 3, AllocationProgress.NONE);
        assertThat(one.parts()).isNotEmpty();
        assertThat(reported.get()).isEqualTo(one.parts().size());
        assertThat(three).isEqualTo(one.withSettings(three.settings()));
        // sample average approximation: the optimum re-evaluated on 80 independent scenarios, with an error
        PartAllocation first = one.parts().get(0);
        assertThat(first.method()).isEqualTo(ScenarioSet.Method.SAMPLE_AVERAGE_APPROXIMATION);
        assertThat(first.sampleSize()).isEqualTo(80);
        assertThat(first.outOfSample()).isNotNull();
        assertThat(one.parts()).anyMatch(part -> part.outOfSample().standardErrorEur() > 0);
        assertThat(one.parts().size() + one.withoutChoice().size()).isLessThanOrEqualTo(300);
    }
}
