package be.veerkracht.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a candidate source would change (issue 10, item 5, the core of the what-if): the part's analysis without the
 * candidate and with it, on the same scenarios (the candidate's column dropped for "before", identical scenarios then
 * merged), so the difference is the candidate's alone. Cost: two {@link SplitAnalysis} runs.
 */
public final class CandidateWhatIf {

    private final SplitAnalysis analysis;

    public CandidateWhatIf(SplitAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** Before and after adding a candidate: the optimum, today's split and the rules of each. */
    public record Result(String candidateId, PartAllocation before, PartAllocation after) {

        public Result {
            Objects.requireNonNull(candidateId, "candidateId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** How much the objective falls with the candidate, EUR per year (&ge; 0 up to solver tolerance). */
        public double objectiveGainEur() {
            return before.optimum().objectiveEur() - after.optimum().objectiveEur();
        }
    }

    /**
     * @param withCandidate the part's problem including the candidate (its scenarios include its outages)
     * @param candidateId   the candidate's source id
     * @throws IllegalArgumentException when the candidate is not in the problem, or is its only source
     */
    public Result compare(AllocationProblem withCandidate, String candidateId, RiskAppetite risk) {
        List<AllocationSource> sources = withCandidate.sources();
        int drop = -1;
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(candidateId)) {
                drop = i;
            }
        }
        if (drop < 0 || sources.size() < 2) {
            throw new IllegalArgumentException("candidate " + candidateId + " is not one of several sources of "
                    + withCandidate.partId());
        }
        List<AllocationSource> without = new ArrayList<>(sources);
        without.remove(drop);
        ScenarioSet scenarios = withCandidate.scenarios();
        double[][] out = new double[scenarios.size()][];
        for (int k = 0; k < out.length; k++) {
            double[] row = new double[sources.size() - 1];
            for (int i = 0, j = 0; i < sources.size(); i++) {
                if (i != drop) {
                    row[j++] = scenarios.out(k, i);
                }
            }
            out[k] = row;
        }
        ScenarioSet reduced = new ScenarioSet(out, scenarios.probability(), scenarios.method(),
                scenarios.sampleSize()).merged();
        AllocationProblem before = new AllocationProblem(withCandidate.partId(), withCandidate.demandUnits(),
                withCandidate.shortageCostEurPerUnit(), without, reduced, withCandidate.ordering(),
                withCandidate.supplierCapacity(), withCandidate.minShare(), withCandidate.limits(),
                withCandidate.exportPolicy());
        return new Result(candidateId, analysis.analyse(before, risk, null),
                analysis.analyse(withCandidate, risk, null));
    }
}
