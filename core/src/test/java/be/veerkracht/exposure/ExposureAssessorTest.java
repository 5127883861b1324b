package be.veerkracht.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.action.Action;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seven parts, each showing one pattern; every expected value is worked out by hand in the comment beside it.
 * Demand 1,000 units a year and EUR 10 per unit throughout, so a part's spend is EUR 10,000.
 */
class ExposureAssessorTest {

    private static ExposureAssessment assessment;

    @BeforeAll
    static void assess() throws Exception {
        List<Supplier> suppliers = List.of(
                Supplier.of("S-CN1", "Ningbo Castings", "CN"),
                new Supplier(new SupplierId("S-CN2"), "Wuxi Castings", new CountryCode("CN"), null, "Ningbo Group",
                        null, Map.of()),
                new Supplier(new SupplierId("S-CN3"), "Ningbo Castings II", new CountryCode("CN"), null,
                        "Ningbo Group", null, Map.of()),
                Supplier.of("S-TW", "Taichung Circuits", "TW"),
                Supplier.of("S-DE", "Antrieb GmbH", "DE"),
                Supplier.of("S-PL", "Odlewnia", "PL"),
                Supplier.of("S-JP", "Kanto", "JP"),
                Supplier.of("S-RU", "Ural Metal", "RU"));
        List<Part> parts = List.of(part("P1", Criticality.A), part("P2", Criticality.A), part("P3", Criticality.B),
                part("P4", Criticality.B), part("P5", Criticality.C), part("P6", Criticality.A),
                part("P7", Criticality.B), part("P8", Criticality.B));
        List<SourcingLink> links = List.of(
                link("P1", "S-CN1", 1.0, null, true),
                new SourcingLink(new PartId("P1"), new SupplierId("S-PL"), null, 0, Price.perUnit("12"),
                        LeadTime.of(20), null, null, null, null, null, null,
                        new Qualification(false, 120, new BigDecimal("18000")), null, Map.of()),
                link("P2", "S-CN1", 0.6, null, true),
                link("P2", "S-TW", 0.4, 800.0, true),
                link("P3", "S-DE", 0.5, null, true).withOriginCountry(new CountryCode("CZ")),
                link("P3", "S-PL", 0.5, null, true),
                link("P4", "S-CN2", 0.5, null, true),
                link("P4", "S-CN3", 0.5, null, true),
                link("P5", "S-DE", 0.7, null, true),
                link("P5", "S-JP", 0.3, null, true),
                link("P6", "S-DE", 1.0, null, false),
                link("P7", "S-RU", 1.0, null, true),
                // P8: two candidates outside CN_SPHERE; Kanto (JP) qualifies in 60 days, Odlewnia (PL) in 120
                link("P8", "S-CN1", 1.0, null, true),
                candidate("P8", "S-PL", 120, "18000"),
                candidate("P8", "S-JP", 60, "25000"));
        Portfolio portfolio = PortfolioAssembly.of(parts, suppliers, links, List.of());
        assessment = new ExposureAssessor(SmallGeography.build()).assess(portfolio);
    }

    @Test
    void a_single_source_has_full_concentration_and_no_flexibility() {
        PartExposure p1 = part("P1");
        assertThat(p1.sources()).isEqualTo(2);          // the Polish candidate counts as a source
        assertThat(p1.qualifiedSources()).isEqualTo(1); // but not as an active one
        assertThat(p1.hhiSupplier()).isEqualTo(1.0);
        assertThat(p1.sourcingClass()).isEqualTo(SourcingClass.SINGLE);
        assertThat(p1.singleSource()).isTrue();
        assertThat(p1.flexibility()).isZero();
        assertThat(p1.annualSpendEur()).isEqualByComparingTo("10000.00"); // 1,000 × 1.0 × 10
    }

    @Test
    void china_plus_taiwan_is_the_same_footprint_not_diversified() {
        PartExposure p2 = part("P2");
        assertThat(p2.sourcingClass()).isEqualTo(SourcingClass.SAME_FOOTPRINT);
        assertThat(p2.hhiSupplier()).isCloseTo(0.52, within(1e-12));  // 0.6² + 0.4²
        assertThat(p2.hhiZone()).isCloseTo(0.52, within(1e-12));      // CN_SPHERE 0.6, INDO_PACIFIC 0.4
        assertThat(p2.zones()).containsExactly("CN_SPHERE", "INDO_PACIFIC_PARTNER");
        assertThat(p2.sameZoneDualSource()).isFalse();
        assertThat(p2.flexibility()).isCloseTo(0.8, within(1e-12));   // CN fails: TW's capacity 800 of 1,000
        assertThat(p2.worstFootprint()).isEqualTo("TAIWAN_STRAIT");   // stops 0.6 + 0.4 = all
        assertThat(p2.footprintFlexibility()).isZero();
        assertThat(findings("P2")).contains(FindingKind.SAME_FOOTPRINT);
    }

    @Test
    void the_origin_country_overrides_the_suppliers_and_same_zone_is_flagged() {
        PartExposure p3 = part("P3"); // German supplier producing in CZ, plus PL: both EU_SINGLE_MARKET
        assertThat(p3.countries()).containsExactly("CZ", "PL");
        assertThat(p3.hhiCountry()).isCloseTo(0.5, within(1e-12));  // 0.5² + 0.5²
        assertThat(p3.hhiZone()).isEqualTo(1.0);
        assertThat(p3.sourcingClass()).isEqualTo(SourcingClass.SAME_ZONE);
        assertThat(p3.sameZoneDualSource()).isTrue();
        assertThat(p3.flexibility()).isCloseTo(0.5, within(1e-12)); // either fails: the other's 500 of 1,000
        assertThat(findings("P3")).containsExactly(FindingKind.SAME_ZONE); // 0.5 is not below the 0.5 threshold
    }

    @Test
    void one_country_and_one_group_are_both_reported() {
        assertThat(part("P4").sourcingClass()).isEqualTo(SourcingClass.SAME_COUNTRY);
        assertThat(findings("P4")).containsExactlyInAnyOrder(FindingKind.SAME_COUNTRY, FindingKind.SAME_PARENT_GROUP);
    }

    @Test
    void diversified_but_inflexible() {
        PartExposure p5 = part("P5");
        assertThat(p5.sourcingClass()).isEqualTo(SourcingClass.DIVERSIFIED);
        assertThat(p5.flexibility()).isCloseTo(0.3, within(1e-12)); // DE (0.7) fails, JP keeps its 300
        assertThat(findings("P5")).containsExactly(FindingKind.LOW_FLEXIBILITY);
    }

    @Test
    void an_unqualified_planned_share_leaves_the_part_without_source() {
        PartExposure p6 = part("P6");
        assertThat(p6.sourcingClass()).isEqualTo(SourcingClass.NONE);
        assertThat(p6.hhiSupplier()).isZero();
        assertThat(findings("P6")).containsExactlyInAnyOrder(FindingKind.NO_SOURCE, FindingKind.UNQUALIFIED_SHARE);
    }

    @Test
    void spend_by_zone_and_country_follows_the_origin() {
        // 80,000 in all: P1 10,000 CN; P2 6,000 CN + 4,000 TW; P3 5,000 CZ + 5,000 PL; P4 10,000 CN;
        // P5 7,000 DE + 3,000 JP; P6 10,000 DE (planned, unqualified); P7 10,000 RU; P8 10,000 CN
        assertThat(assessment.annualSpendEur()).isEqualByComparingTo("80000.00");
        assertThat(assessment.zones()).extracting(SpendShare::key, s -> s.annualSpendEur().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CN_SPHERE", "36000.00"),
                        org.assertj.core.groups.Tuple.tuple("EU_SINGLE_MARKET", "27000.00"),
                        org.assertj.core.groups.Tuple.tuple("SANCTIONED", "10000.00"),
                        org.assertj.core.groups.Tuple.tuple("INDO_PACIFIC_PARTNER", "7000.00"))
                .as("largest first");
    }

    @Test
    void findings_rank_high_severity_first_and_the_embargo_is_high() {
        Finding first = assessment.findings().get(0);
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(assessment.findings()).filteredOn(f -> f.part().value().equals("P7"))
                .extracting(Finding::kind, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple(FindingKind.EMBARGOED_ORIGIN, Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.SINGLE_SOURCE, Severity.MEDIUM));
        // every finding has an action, in the same order
        assertThat(assessment.actions()).hasSameSizeAs(assessment.findings());
    }

    @Test
    void a_known_candidate_outside_the_zone_is_the_recommended_second_source() {
        Action action = assessment.actions().stream()
                .filter(a -> a.part().value().equals("P1") && a.origin().equals("exposure/SINGLE_SOURCE"))
                .findFirst().orElseThrow();
        assertThat(action.kind()).isEqualTo("QUALIFY_CANDIDATE");
        assertThat(action.what().in(Locale.ENGLISH)).isEqualTo("finish qualifying candidate Odlewnia (PL): 120 days, EUR 18000");
        assertThat(action.why().in(Locale.ENGLISH))
                .isEqualTo("single-sourced from Ningbo Castings (CN): if it stops, nothing replaces it");
        assertThat(action.what().in(new Locale("nl"))).startsWith("rond de kwalificatie af van kandidaat Odlewnia");
    }

    @Test
    void of_several_candidates_the_one_closest_to_delivering_is_proposed() {
        Action action = assessment.actions().stream().filter(a -> a.part().value().equals("P8")).findFirst()
                .orElseThrow();
        assertThat(action.what().in(Locale.ENGLISH)).isEqualTo("finish qualifying candidate Kanto (JP): 60 days, EUR 25000");
    }

    private static SourcingLink candidate(String part, String supplier, int days, String cost) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, 0, Price.perUnit("12"),
                LeadTime.of(20), null, null, null, null, null, null,
                new Qualification(false, days, new BigDecimal(cost)), null, Map.of());
    }

    private static PartExposure part(String id) {
        return assessment.parts().stream().filter(p -> p.part().value().equals(id)).findFirst().orElseThrow();
    }

    private static List<FindingKind> findings(String id) {
        return assessment.findings().stream().filter(f -> f.part().value().equals(id)).map(Finding::kind).toList();
    }

    private static Part part(String id, Criticality criticality) {
        return new Part(new PartId(id), null, null, null, 1000, 0, null, criticality, new BigDecimal("50"), null, 0,
                null, null, null, Map.of());
    }

    private static SourcingLink link(String part, String supplier, double share, Double capacity, boolean qualified) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, share, Price.perUnit("10"),
                LeadTime.of(30), null, null, null, capacity, null, null,
                new Qualification(qualified, null, null), null, Map.of());
    }
}
