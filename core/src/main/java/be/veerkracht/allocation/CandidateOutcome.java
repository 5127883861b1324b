package be.veerkracht.allocation;

import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What adding a candidate supplier to a part would do ({@link CandidateStudy}).
 *
 * @param partId         the part
 * @param candidate      the candidate as the buyer described it
 * @param split          the optimum, today's split and the rules without and with the candidate, on one scenario set
 * @param sharesAfter    share of demand per source id at the new optimum (rounded to 1e-6, summing to 1)
 * @param stressBefore   the part's stress test as sourced today
 * @param stressAfter    the part's stress test with the candidate qualified and every source at its optimal share
 * @param stressSettings scenarios, horizon and seed of both stress tests
 */
public record CandidateOutcome(String partId, CandidateSource candidate, CandidateWhatIf.Result split,
                               Map<String, Double> sharesAfter, StressedPart stressBefore, StressedPart stressAfter,
                               StressTestSettings stressSettings) {

    public CandidateOutcome {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(split, "split");
        sharesAfter = Collections.unmodifiableMap(new LinkedHashMap<>(sharesAfter));
        Objects.requireNonNull(stressBefore, "stressBefore");
        Objects.requireNonNull(stressAfter, "stressAfter");
        Objects.requireNonNull(stressSettings, "stressSettings");
    }

    /** Expected annual stress-test loss avoided, EUR per year (negative when the new split loses more). */
    public double stressLossAvoidedEur() {
        return stressBefore.expectedAnnualLossEur() - stressAfter.expectedAnnualLossEur();
    }

    /** Standard error of that difference, EUR per year: the two runs are not paired, so their variances add. */
    public double stressLossAvoidedStandardErrorEur() {
        return Math.hypot(stressBefore.standardErrorEur(), stressAfter.standardErrorEur());
    }

    /** The candidate's share of demand at the new optimum. */
    public double candidateShare() {
        return sharesAfter.getOrDefault(candidate.sourceId(), 0.0);
    }
}
