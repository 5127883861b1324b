package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.Embargo;
import be.veerkracht.compliance.EuMemberState;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.ExportItem;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.compliance.SourcingPermission.Verdict;
import be.veerkracht.geo.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The export rule through the real engine: a dual-use part (3A001.a.1) whose cheapest candidate is in Russia (the
 * dual-use ban of Reg. (EU) 833/2014, Art. 2(1)) and a dearer current source in Germany (a member state).
 */
class ExportRuleTest {

    private static final SourcingCheck SOURCING = new SourcingCheck(new ExportCheck(new ExportRuleSet("test",
            LocalDate.of(2026, 11, 28), List.of(
                    new EuMemberState("EU-MEMBER BE", "A member state.", "TEU, Art. 52(1)", Confidence.VERIFIED,
                            new CountryCode("BE")),
                    new EuMemberState("EU-MEMBER DE", "A member state.", "TEU, Art. 52(1)", Confidence.VERIFIED,
                            new CountryCode("DE")),
                    new Embargo("DUAL-USE-BAN RU", "No Annex I items to Russia.", "Reg. (EU) 833/2014, Art. 2(1)",
                            Confidence.VERIFIED, new CountryCode("RU"), Embargo.Kind.DUAL_USE_BAN)))));

    private static AllocationProblem problem(ControlStatus status, ExportPolicy policy) {
        ExportItem part = ExportItem.part("P-FPGA", status);
        Verdict russia = SOURCING.permission(part, new CountryCode("RU")).verdict();
        Verdict germany = SOURCING.permission(part, new CountryCode("DE")).verdict();
        List<AllocationSource> sources = List.of(
                new AllocationSource("S-DE", "S-DE", 12, null, null, 0, 1, false, 0, "DE", "EU_SINGLE_MARKET",
                        Set.of(), germany),
                new AllocationSource("S-RU", "S-RU", 7, null, null, 0, 0, true, 0, "RU", "RU_SPHERE", Set.of(),
                        russia));
        return new AllocationProblem("P-FPGA", 1000, 40, sources, IndependentFailures.enumerate(0.05, 0.05),
                AllocationProblem.Ordering.SHARES_OF_DEMAND, Map.of(), 0, ConcentrationLimits.NONE, policy);
    }

    @Test
    void a_dual_use_part_is_not_sourced_from_an_embargoed_country_however_cheap() {
        AllocationProblem listed = problem(ControlStatus.listed("3A001.a.1"), ExportPolicy.DEFAULT);
        assertThat(listed.sources().get(1).verdict()).isEqualTo(Verdict.FORBIDDEN);
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), 0)
                .analyse(listed, new RiskAppetite(0.5, 0.95), null);
        assertThat(result.optimum().units("S-RU")).isZero();
        assertThat(result.optimum().units("S-DE")).isCloseTo(1000, within(1e-6));
        assertThat(result.explanation()).anyMatch(line -> line.key() == AllocationText.EXPORT_EXCLUDED
                && line.args().equals(List.of("S-RU", "FORBIDDEN", "RU")));
        // nothing to pair with: no 80/20 or 50/50 over an excluded source
        assertThat(result.eightyTwenty()).isNull();
    }

    @Test
    void an_unclassified_part_may_use_the_candidate_flagged_or_not_at_all_as_the_policy_says() {
        AllocationProblem flagged = problem(ControlStatus.unclassified(), ExportPolicy.DEFAULT);
        assertThat(flagged.sources().get(1).verdict()).isEqualTo(Verdict.CLASSIFY_FIRST);
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), 0)
                .analyse(flagged, new RiskAppetite(0, 0.95), null);
        assertThat(result.optimum().units("S-RU")).isGreaterThan(0);
        assertThat(result.explanation()).anyMatch(line -> line.key() == AllocationText.EXPORT_CLASSIFY_FIRST);

        AllocationProblem strict = problem(ControlStatus.unclassified(), ExportPolicy.STRICT);
        assertThat(new CvarLpSplitOptimiser().optimise(strict, new RiskAppetite(0, 0.95)).units("S-RU")).isZero();
    }
}
