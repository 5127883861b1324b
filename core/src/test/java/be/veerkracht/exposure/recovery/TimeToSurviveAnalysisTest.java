package be.veerkracht.exposure.recovery;

import static be.veerkracht.exposure.recovery.Networks.node;
import static be.veerkracht.exposure.recovery.Networks.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The LP against small networks solved by hand (docs/exposure.md, "Time to survive and time to recover"). Demand
 * 3,650 a year = 10 a day throughout; pipeline = Σ share × 10 × lead time.
 */
class TimeToSurviveAnalysisTest {

    private static final double EPS = 1e-6;

    @Test
    void a_single_sourced_part_loses_demand_minus_stock_and_pipeline_over_the_recovery_time() {
        // P1: stock 100, only S-A (DE), lead 10 → pipeline 10 × 10 = 100; recovery_days 30 → TTR 30.
        // Impact: demand 10 × 30 = 300, minus stock 100, minus pipeline 100 = 100 units × EUR 12.50 = EUR 1,250.
        // TTS = (stock + pipeline) / d = (100 + 100) / 10 = 20 days < 30: exposed.
        RecoveryAssessment result = new Networks().supplier("S-A", "DE").part("P1", 3650, 100, "12.50")
                .link("P1", "S-A", 1.0, 10, null, null, 30).assess();

        NodeRecovery supplier = node(result, "S-A");
        assertThat(supplier.node().kind()).isEqualTo(NodeKind.SUPPLIER);
        assertThat(supplier.ttrDays()).isEqualTo(30);
        assertThat(supplier.ttrBasis()).isEqualTo("longest recovery_days of its links");
        assertThat(supplier.performanceImpactEur()).isCloseTo(1250, within(EPS));
        assertThat(supplier.ttsDays()).isCloseTo(20, within(EPS));
        assertThat(supplier.exposed()).isTrue();
        assertThat(part(supplier, "P1").lostUnits()).isCloseTo(100, within(EPS));
        assertThat(part(supplier, "P1").ttsDays()).isCloseTo(20, within(EPS));
        // the zone EU_SINGLE_MARKET stops the same source for the default 180 days (no zone rate in the catalogue):
        // 1,800 − 200 = 1,600 units × 12.50 = EUR 20,000, the largest impact: index 1; the supplier's 1,250 / 20,000.
        NodeRecovery zone = node(result, "EU_SINGLE_MARKET");
        assertThat(zone.ttrDays()).isEqualTo(180);
        assertThat(zone.ttrBasis()).startsWith("default 180 days");
        assertThat(zone.performanceImpactEur()).isCloseTo(20_000, within(EPS));
        assertThat(zone.riskExposureIndex()).isEqualTo(1.0);
        assertThat(supplier.riskExposureIndex()).isCloseTo(0.0625, within(1e-12));
        assertThat(result.nodes()).extracting(n -> n.node().id()).containsExactly("EU_SINGLE_MARKET", "S-A");
    }

    @Test
    void the_action_raises_stock_by_ttr_minus_tts_or_asks_for_another_supplier() {
        // As above: TTR 30 − TTS 20 = 10 days, 100 units. The zone loses more (1,600 units), but it has no event in
        // the catalogue (a what-if, TTR by default), so it proposes no action: the supplier's action stands.
        RecoveryAssessment result = new Networks().supplier("S-A", "DE").part("P1", 3650, 100, "12.50")
                .link("P1", "S-A", 1.0, 10, null, null, 30).assess();
        assertThat(result.actions()).singleElement().satisfies(action -> {
            assertThat(action.origin()).isEqualTo("exposure/TTS_TTR");
            assertThat(action.part().value()).isEqualTo("P1");
            assertThat(action.what().in(Locale.ENGLISH)).isEqualTo("raise stock of P1 by 10 days (100 units), or "
                    + "qualify a second source at another supplier than S-A");
            assertThat(action.what().in(new Locale("nl"))).contains("P1", "10", "S-A");
            assertThat(action.why().in(Locale.ENGLISH)).isEqualTo("if S-A stops for 30.0 days (longest "
                    + "recovery_days of its links), P1 runs short after 20.0 days: 100 units, EUR 1250.00");
            // annual spend: 3,650 × EUR 10
            assertThat(action.spendAtStakeEur()).isEqualByComparingTo("36500");
        });
    }

    @Test
    void a_second_source_with_full_spare_capacity_survives_indefinitely() {
        // P2: stock 0, S-A 0.5 and S-B 0.5, lead 10 each: pipeline 5 × 10 + 5 × 10 = 100.
        // S-A down: S-B ramps at once (ramp-up 0) to 3,650 / 365 = 10 a day, arriving 10 days after shipping:
        // supply(t) = 100 + 10 × (t − 10) = 10 t = demand for every t ≥ 10 → never short (TTS null), impact 0.
        RecoveryAssessment result = new Networks().supplier("S-A", "DE").supplier("S-B", "PL")
                .part("P2", 3650, 0, "20").link("P2", "S-A", 0.5, 10, null, null, 60)
                .link("P2", "S-B", 0.5, 10, 3650.0, 0, 60).assess();
        NodeRecovery a = node(result, "S-A");
        assertThat(a.ttsDays()).isNull();
        assertThat(a.performanceImpactEur()).isZero();
        assertThat(a.exposed()).isFalse();
        assertThat(part(a, "P2").ttsDays()).isNull();
        // S-B down instead: S-A has no capacity stated, so it stays at 5 a day: supply 100 + 5 (t − 10) = 50 + 5 t,
        // short from t = 10; over 60 days 600 − 50 − 300 = 250 units × EUR 20 = EUR 5,000.
        NodeRecovery b = node(result, "S-B");
        assertThat(b.ttsDays()).isCloseTo(10, within(EPS));
        assertThat(b.performanceImpactEur()).isCloseTo(5000, within(EPS));
    }

    @Test
    void shared_supplier_capacity_goes_short_on_the_cheaper_part() {
        // P1 (EUR 2) and P2 (EUR 5): each 10 a day, stock 0, S-A 0.5 + S-B 0.5, lead 10: pipeline 100 each.
        // S-B's links could each make 10 a day at once, but S-B as a whole makes 15 a day (5,475 a year).
        // S-A down for 40 days (recovery_days): S-B ships over τ = 40 − 10 = 30 days: y1, y2 ≤ 300, y1 + y2 ≤ 450;
        // demand 400 each: y_j + 100 + l_j ≥ 400 → l1 + l2 ≥ 600 − 450 = 150 (5 a day × 30 days), all on the
        // cheaper P1: l1 = 150, l2 = 0; impact 150 × EUR 2 = EUR 300.
        // TTS: up to day 10 the pipeline feeds both; after it 20 t − 200 ≤ 15 (t − 10) ⇔ t ≤ 10: TTS 10. Each
        // part alone (given S-B's capacity first) would never run short: their own TTS are null.
        RecoveryAssessment result = shared(null).assess();
        NodeRecovery a = node(result, "S-A");
        assertThat(part(a, "P1").lostUnits()).isCloseTo(150, within(EPS));
        assertThat(part(a, "P2").lostUnits()).isCloseTo(0, within(EPS));
        assertThat(a.performanceImpactEur()).isCloseTo(300, within(EPS));
        assertThat(a.ttsDays()).isCloseTo(10, within(EPS));
        assertThat(part(a, "P1").ttsDays()).isNull();
        assertThat(a.exposed()).isTrue();
    }

    @Test
    void parts_the_node_does_not_touch_keep_their_planned_volume_at_the_shared_supplier() {
        // As above plus P3, 2 a day (730 a year), only from S-B: untouched by S-A, it keeps 2 of S-B's 15 a day.
        // Left: 13 a day × 30 = 390; l1 + l2 ≥ 600 − 390 = 210, all on P1: EUR 420.
        RecoveryAssessment result = shared(730.0).assess();
        NodeRecovery a = node(result, "S-A");
        assertThat(part(a, "P1").lostUnits()).isCloseTo(210, within(EPS));
        assertThat(a.performanceImpactEur()).isCloseTo(420, within(EPS));
        assertThat(a.parts()).extracting(PartRecovery::partId).containsExactly("P1", "P2");
    }

    private static Networks shared(Double thirdPartDemand) {
        Networks n = new Networks().supplier("S-A", "DE").supplier("S-B", "PL", 5475)
                .part("P1", 3650, 0, "2").part("P2", 3650, 0, "5")
                .link("P1", "S-A", 0.5, 10, null, null, 40).link("P1", "S-B", 0.5, 10, 3650.0, 0, 40)
                .link("P2", "S-A", 0.5, 10, null, null, 40).link("P2", "S-B", 0.5, 10, 3650.0, 0, 40);
        if (thirdPartDemand != null) {
            n.part("P3", thirdPartDemand, 0, "1").link("P3", "S-B", 1.0, 10, null, null, 40);
        }
        return n;
    }

    @Test
    void a_second_source_that_ramps_up_late_leaves_a_gap() {
        // The stress test's hand case (docs/stress-test.md): S-A 0.5, S-B 0.5, lead 20, stock 0: pipeline 200.
        // S-A down 60 days; S-B ships 5 a day for 10 days of ramp-up, then 10 a day, arriving 20 days later:
        // available_B(60) = 5 × 10 + 10 × (40 − 10) = 350; supply 550 against 600: 50 units × EUR 20 = EUR 1,000
        // (the day-by-day model also loses 50). Balance: 0 at t = 20, then 100 − 5 t falls: TTS = 20.
        RecoveryAssessment late = ramp(10).assess();
        NodeRecovery a = node(late, "S-A");
        assertThat(a.performanceImpactEur()).isCloseTo(1000, within(EPS));
        assertThat(part(a, "P").lostUnits()).isCloseTo(50, within(EPS));
        assertThat(a.ttsDays()).isCloseTo(20, within(EPS));
        assertThat(a.exposed()).isTrue();
        // without ramp-up: 200 + 10 (t − 20) = 10 t: never short
        NodeRecovery atOnce = node(ramp(0).assess(), "S-A");
        assertThat(atOnce.ttsDays()).isNull();
        assertThat(atOnce.performanceImpactEur()).isZero();
    }

    private static Networks ramp(int days) {
        return new Networks().supplier("S-A", "DE").supplier("S-B", "PL").part("P", 3650, 0, "20")
                .link("P", "S-A", 0.5, 20, null, null, 60).link("P", "S-B", 0.5, 20, 3650.0, days, 60);
    }

    @Test
    void a_footprint_stops_several_suppliers_at_once() {
        // S-CN (CN) makes P1, S-TW (TW) makes P2, P3 is half S-CN, half S-DE (which can make 10 a day at once).
        // Lead 20 everywhere, stock 0: pipeline 200 each. TAIWAN_STRAIT (CN + TW), TTR = catalogue median 180:
        // P1 and P2 lose 1,800 − 200 = 1,600 units each: × EUR 1 + × EUR 2 = EUR 4,800; P3: 200 + 10 (t − 20) =
        // 10 t, nothing. TTS = 200 / 10 = 20. CN_SPHERE (zone, default 180): P1 only, EUR 1,600.
        RecoveryAssessment result = new Networks().supplier("S-CN", "CN").supplier("S-TW", "TW")
                .supplier("S-DE", "DE").part("P1", 3650, 0, "1").part("P2", 3650, 0, "2").part("P3", 3650, 0, "3")
                .link("P1", "S-CN", 1.0, 20, null, null, null).link("P2", "S-TW", 1.0, 20, null, null, null)
                .link("P3", "S-CN", 0.5, 20, null, null, null).link("P3", "S-DE", 0.5, 20, 3650.0, 0, null)
                .assess();
        NodeRecovery strait = node(result, "TAIWAN_STRAIT");
        assertThat(strait.node().kind()).isEqualTo(NodeKind.FOOTPRINT);
        assertThat(strait.ttrDays()).isEqualTo(180);
        assertThat(strait.ttrBasis()).isEqualTo("event catalogue TAIWAN_STRAIT median");
        assertThat(strait.performanceImpactEur()).isCloseTo(4800, within(EPS));
        assertThat(strait.ttsDays()).isCloseTo(20, within(EPS));
        assertThat(strait.parts()).extracting(PartRecovery::partId).containsExactly("P2", "P1", "P3");
        assertThat(part(strait, "P3").lostUnits()).isCloseTo(0, within(EPS));
        assertThat(strait.riskExposureIndex()).isEqualTo(1.0);
        assertThat(result.nodes().get(0)).isSameAs(strait);
        NodeRecovery zone = node(result, "CN_SPHERE");
        assertThat(zone.node().kind()).isEqualTo(NodeKind.ZONE);
        assertThat(zone.performanceImpactEur()).isCloseTo(1600, within(EPS));
        assertThat(zone.riskExposureIndex()).isCloseTo(1600.0 / 4800, within(1e-12));
        // the footprint has a catalogue event: its actions say where the second source must be
        assertThat(result.actions()).extracting(a -> a.what().in(Locale.ENGLISH)).contains(
                "raise stock of P2 by 160 days (1600 units), or qualify a second source outside TAIWAN_STRAIT");
        // S-CN has no recovery_days or tool: FIRE median of CN's band (percentile 30: LOW) = 120 days
        NodeRecovery cn = node(result, "S-CN");
        assertThat(cn.ttrDays()).isEqualTo(120);
        assertThat(cn.ttrBasis()).isEqualTo("event catalogue FIRE median (stability:LOW)");
        // S-DE is not needed by any part when it fails? It is: P3 keeps S-CN at 5 a day (no capacity): short.
        assertThat(node(result, "S-DE").ttsDays()).isCloseTo(20, within(EPS));
    }

    @Test
    void ttr_comes_from_recovery_days_else_a_tool_else_the_catalogue() {
        RecoveryAssessment result = new Networks().supplier("S-R", "DE").supplier("S-T", "DE")
                .supplier("S-F", "PL").supplier("S-W", "TW").part("P1", 3650, 0, "1").part("P2", 3650, 0, "1")
                .part("P3", 3650, 0, "1").part("P4", 3650, 0, "1")
                .link("P1", "S-R", "Gent", 1.0, 20, null, null, 45)
                .link("P2", "S-T", 1.0, 20, null, null, null).tool("T01", "S-T", "P2", 75)
                .link("P3", "S-F", 1.0, 20, null, null, null)
                .link("P4", "S-W", 1.0, 20, null, null, null).assess();
        assertThat(node(result, "S-R").ttrDays()).isEqualTo(45);
        assertThat(node(result, "S-R").ttrBasis()).isEqualTo("longest recovery_days of its links");
        NodeRecovery site = node(result, "S-R/Gent");
        assertThat(site.node().kind()).isEqualTo(NodeKind.SITE);
        assertThat(site.ttrDays()).isEqualTo(45);
        assertThat(node(result, "S-T").ttrDays()).isEqualTo(75);
        assertThat(node(result, "S-T").ttrBasis()).isEqualTo("tool T01 rebuild_days");
        assertThat(node(result, "S-F").ttrDays()).isEqualTo(90); // PL, percentile 80: HIGH
        assertThat(node(result, "S-F").ttrBasis()).isEqualTo("event catalogue FIRE median (stability:HIGH)");
        assertThat(node(result, "S-W").ttrBasis()).isEqualTo("event catalogue FIRE median (stability:MEDIUM)");
        // suppliers without a site have no SITE node; only S-R does
        assertThat(result.nodes()).filteredOn(n -> n.node().kind() == NodeKind.SITE).hasSize(1);
        // each single-sourced part with stock 0 and pipeline 200: TTS 20 days everywhere
        assertThat(result.nodes()).allSatisfy(n -> assertThat(n.ttsDays()).isCloseTo(20, within(EPS)));
    }

    @Test
    void nodes_are_sorted_by_impact_then_kind_then_id_and_no_impact_gives_index_zero() {
        RecoveryAssessment result = new Networks().supplier("S-B", "DE").supplier("S-A", "DE")
                .part("P1", 3650, 1_000_000, "1").part("P2", 3650, 1_000_000, "1")
                .link("P1", "S-B", 1.0, 20, null, null, null).link("P2", "S-A", 1.0, 20, null, null, null)
                .assess();
        assertThat(result.nodes()).extracting(n -> n.node().id())
                .containsExactly("S-A", "S-B", "EU_SINGLE_MARKET");
        assertThat(result.nodes()).allSatisfy(n -> {
            assertThat(n.riskExposureIndex()).isZero();
            assertThat(n.exposed()).isFalse(); // TTS 100,200 days ≥ TTR
        });
        assertThat(result.actions()).isEmpty();
        assertThat(result.assumptions()).isNotEmpty();
        assertThat(result.geographyVersion()).isEqualTo("test geography");
        assertThat(result.catalogueVersion()).isEqualTo("test catalogue");
    }
}
