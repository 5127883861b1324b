package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateWhatIfTest {

    @Test
    void an_independent_candidate_cuts_the_tail_of_a_single_source() {
        // A alone (p = 0.1): E = 0.9·100 + 0.1·1,000 = 190, CVaR90 = 1,000, objective 595 EUR (by hand);
        // with candidate B (EUR 2, p = 0.1, independent): 428.2353 EUR (scipy linprog, CvarLpSplitOptimiserTest)
        AllocationProblem problem = Problems.shares(100, 10, List.of(Problems.active("A", 1, 1),
                Problems.source("B", 2, null)), IndependentFailures.enumerate(0.1, 0.1));
        CandidateWhatIf.Result result = new CandidateWhatIf(new SplitAnalysis(new CvarLpSplitOptimiser(), 0))
                .compare(problem, "B", new RiskAppetite(0.5, 0.9));
        assertThat(result.before().optimum().objectiveEur()).isCloseTo(595, within(1e-6));
        assertThat(result.before().sourceIds()).containsExactly("A");
        assertThat(result.after().optimum().objectiveEur()).isCloseTo(428.2352941, within(1e-5));
        assertThat(result.objectiveGainEur()).isCloseTo(166.7647059, within(1e-5));
    }
}
