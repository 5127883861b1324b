package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.PartRisk;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateStudyTest {

    private static final AllocationSettings SPLIT = new AllocationSettings(new RiskAppetite(0.5, 0.95), 400, 7, 1, 3,
            0, ConcentrationLimits.NONE, ExportPolicy.DEFAULT, AllocationSettings.DEFAULT_AMORTISATION_YEARS, false);
    private static final StressTestSettings STRESS = StressTestSettings.of(4000, 365, 11, 1);

    /** P1: 3,650 units a year (10 a day), EUR 40 a unit short, all from one Chinese supplier; P2 from Germany. */
    private static Portfolio portfolio() throws Exception {
        return PortfolioAssembly.of(List.of(part("P1"), part("P2")),
                List.of(Supplier.of("S-CN", "Shenzhen Moulding", "CN"), Supplier.of("S-DE", "Antrieb", "DE")),
                List.of(link("P1", "S-CN"), link("P2", "S-DE")), List.of());
    }

    private static CandidateOutcome study(String country) throws Exception {
        CandidateSource candidate = new CandidateSource("second source", new CountryCode(country),
                new BigDecimal("11.00"), 30, 3650, 60, BigDecimal.ZERO, TransportMode.ROAD);
        return new CandidateStudy(AllocationFixtures.geography(), AllocationFixtures.busyCatalogue(),
                AllocationFixtures.sourcing(), AllocationFixtures.classification())
                .study(portfolio(), "P1", candidate, SPLIT, STRESS);
    }

    @Test
    void a_candidate_outside_the_incumbents_footprint_is_worth_more_than_one_inside_it() throws Exception {
        // The busy fixtures: fires 0.2 a year per site (40-120 days), the Taiwan strait 0.3 a year (60-200 days) over
        // CN and TW. A Polish candidate fails only by its own fires; a Taiwanese one also with the strait, i.e.
        // together with the incumbent: it must cut the objective and the stress loss less.
        CandidateOutcome poland = study("PL");
        CandidateOutcome taiwan = study("TW");
        assertThat(poland.split().objectiveGainEur()).isGreaterThan(taiwan.split().objectiveGainEur());
        assertThat(poland.split().objectiveGainEur()).isGreaterThan(0);
        assertThat(poland.candidateShare()).isGreaterThan(0);
        assertThat(poland.sharesAfter().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
        // the stress test agrees: less loss with the Polish source, by more than 4 standard errors
        assertThat(poland.stressLossAvoidedEur()).isGreaterThan(4 * poland.stressLossAvoidedStandardErrorEur());
        assertThat(poland.stressAfter().fillRate()).isGreaterThan(poland.stressBefore().fillRate());
        assertThat(poland.stressLossAvoidedEur()).isGreaterThan(taiwan.stressLossAvoidedEur());
    }

    @Test
    void the_part_alone_loses_what_the_whole_portfolios_stress_test_says_it_loses() throws Exception {
        // The study runs the stress test on the part alone. Independent check: the stress test of the whole
        // portfolio (P1 and P2) gives P1 the same expected loss, within the two estimates' sampling error.
        CandidateOutcome outcome = study("PL");
        StressTestResult whole = new MonteCarloStressTest(StressTestModel.compile(portfolio(),
                AllocationFixtures.geography(), AllocationFixtures.busyCatalogue())).run(STRESS);
        PartRisk p1 = whole.parts().stream().filter(p -> p.partId().equals("P1")).findFirst().orElseThrow();
        double tolerance = 4 * Math.hypot(outcome.stressBefore().standardErrorEur(),
                whole.expectedLossStandardErrorEur());
        assertThat(p1.expectedLossEur()).isCloseTo(outcome.stressBefore().expectedAnnualLossEur(),
                org.assertj.core.api.Assertions.within(tolerance));
    }

    @Test
    void an_unknown_part_is_refused_by_name() {
        CandidateSource candidate = new CandidateSource("x", new CountryCode("PL"), BigDecimal.ONE, 10, 100, 0, null,
                null);
        assertThatThrownBy(() -> new CandidateStudy(AllocationFixtures.geography(), AllocationFixtures.busyCatalogue(),
                AllocationFixtures.sourcing(), AllocationFixtures.classification())
                .study(portfolio(), "P9", candidate, SPLIT, STRESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P9");
    }

    private static Part part(String id) {
        return new Part(new PartId(id), null, null, null, 3650, 0, null, null, null, new BigDecimal("40"), 0, null,
                null, null, Map.of());
    }

    private static SourcingLink link(String part, String supplier) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, 1.0, Price.perUnit("10"),
                LeadTime.of(30), null, TransportMode.SEA, null, null, null, null, null, null, Map.of());
    }
}
