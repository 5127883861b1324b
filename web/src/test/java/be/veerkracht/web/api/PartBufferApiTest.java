package be.veerkracht.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.ServiceLevels;
import be.veerkracht.inventory.WorkingCapital;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.AccessPolicy;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.app.SnapshotSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/parts/{id}/buffer} over the sample portfolio. The expected figures are computed here straight
 * from the sample's files with the core ({@link BufferPlanner}, {@link WorkingCapital}, annual spend = mean daily
 * demand × 365 × unit value as {@code veerkracht inventory buffers}): a check of the wiring, not of the formulas
 * (core's BufferPlannerTest and WorkingCapitalTest check those by hand).
 */
class PartBufferApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(TestServer server, String path, int status) throws Exception {
        HttpResponse<String> response = server.get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    private static List<PartBufferPlan> samplePlans() {
        return new BufferPlanner(ServiceLevels.DEFAULT).plan(TestServer.samplePortfolio());
    }

    @Test
    void answers_what_the_planner_and_working_capital_give_for_a_single_source_part() throws Exception {
        // 110010: criticality A, one active source in China, 74 days (sd 9.5)
        assertMatchesCore(samplePlans().stream().filter(p -> p.partId().equals("110010")).findFirst().orElseThrow());
    }

    @Test
    void answers_what_the_planner_and_working_capital_give_for_a_part_with_a_source_mix() throws Exception {
        Portfolio sample = TestServer.samplePortfolio();
        PartBufferPlan mixed = samplePlans().stream()
                .filter(p -> sample.linksOf(new be.veerkracht.portfolio.PartId(p.partId())).stream()
                        .filter(l -> l.qualification().qualified() && l.share() > 0).count() >= 2)
                .findFirst().orElseThrow();
        assertMatchesCore(mixed);
    }

    @Test
    void every_part_of_the_sample_has_a_buffer_worth_what_the_core_says() throws Exception {
        // the sample has no part without demand or active source (every one of its 180 parts is planned): the
        // "buffer": null answer is checked over a portfolio made for it below
        List<PartBufferPlan> plans = samplePlans();
        assertThat(plans).hasSize(180);
        for (PartBufferPlan plan : plans.subList(0, 10)) {
            JsonNode buffer = json(SAMPLE.server(), "/api/v1/parts/" + plan.partId() + "/buffer", 200).get("buffer");
            assertThat(buffer.get("safety_stock_value_eur").decimalValue()).as(plan.partId())
                    .isEqualByComparingTo(plan.safetyStockValueEur());
        }
    }

    private static void assertMatchesCore(PartBufferPlan plan) throws Exception {
        JsonNode root = json(SAMPLE.server(), "/api/v1/parts/" + plan.partId() + "/buffer", 200);
        assertThat(root.get("part_id").asText()).isEqualTo(plan.partId());
        assertThat(root.get("reason").isNull()).isTrue();
        assertThat(root.get("method").asText()).isEqualTo("docs/buffers.md");
        assertThat(root.at("/service_levels/A").asDouble()).isEqualTo(0.99);
        assertThat(root.at("/service_levels/B").asDouble()).isEqualTo(0.95);
        assertThat(root.at("/service_levels/C").asDouble()).isEqualTo(0.90);
        assertThat(root.at("/capital_terms/cost_of_capital").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(root.at("/capital_terms/holding_rate").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(root.at("/capital_terms/consignment_uplift").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(root.at("/capital_terms/finance_extra_days").asInt()).isEqualTo(60);
        assertThat(root.at("/capital_terms/finance_rate").decimalValue()).isEqualByComparingTo("0");

        JsonNode b = root.get("buffer");
        assertThat(b.get("service_level").asDouble()).isEqualTo(plan.serviceLevel());
        assertThat(b.get("mean_daily_demand_units").asDouble()).isEqualTo(plan.leadTimeDemand().meanPerDay());
        assertThat(b.get("mean_lead_time_days").asDouble()).isEqualTo(plan.leadTimeDemand().meanLeadTimeDays());
        assertThat(b.get("lead_time_sd_days").asDouble()).isEqualTo(plan.leadTimeDemand().sdLeadTimeDays());
        assertThat(b.get("lead_time_demand_sd_units").asDouble()).isEqualTo(plan.leadTimeDemand().sd());
        assertThat(b.get("safety_factor").asDouble()).isEqualTo(plan.target().safetyFactor());
        assertThat(b.get("safety_stock_units").asDouble()).isEqualTo(plan.target().safetyStockUnits());
        assertThat(b.get("safety_stock_days").asDouble()).isEqualTo(plan.safetyStockDays());
        assertThat(b.get("reorder_point_units").asDouble()).isEqualTo(plan.target().reorderPointUnits());
        assertThat(b.get("on_hand_units").asDouble()).isEqualTo(plan.onHandUnits());
        assertThat(b.get("unit_value_eur").decimalValue()).isEqualByComparingTo(plan.unitValueEur());
        assertThat(b.get("safety_stock_value_eur").decimalValue()).isEqualByComparingTo(plan.safetyStockValueEur());

        BigDecimal spend = BigDecimal.valueOf(plan.leadTimeDemand().meanPerDay() * 365).multiply(plan.unitValueEur());
        List<BufferCost> expected = WorkingCapital.compare(plan.safetyStockValueEur(), spend, CapitalTerms.DEFAULT);
        JsonNode holdings = b.get("holdings");
        assertThat(holdings).hasSize(4);
        for (int i = 0; i < 4; i++) {
            JsonNode way = holdings.get(i);
            assertThat(way.get("ownership").asText())
                    .isEqualTo(expected.get(i).ownership().name().toLowerCase(Locale.ROOT));
            assertThat(way.get("capital_tied_eur").decimalValue())
                    .isEqualByComparingTo(expected.get(i).capitalTiedEur());
            assertThat(way.get("annual_cost_eur").decimalValue())
                    .isEqualByComparingTo(expected.get(i).annualCostEur());
        }

        // (r, Q): r the reorder point above, Q the EOQ √(2·λ·K/h) rounded up, K = EUR 100, h = value × 18 %
        // (Harris 1913), computed here from the plan's own figures
        double annual = plan.leadTimeDemand().meanPerDay() * 365;
        double h = plan.unitValueEur().doubleValue() * 0.18;
        double eoq = Math.sqrt(2 * annual * 100 / h);
        JsonNode policy = b.get("policy");
        assertThat(root.get("ordering_cost_eur").decimalValue()).isEqualByComparingTo("100");
        assertThat(policy.get("kind").asText()).isEqualTo("continuous_review_rq");
        assertThat(policy.get("reorder_point_units").asDouble()).isEqualTo(plan.target().reorderPointUnits());
        assertThat(policy.get("economic_order_quantity_units").asDouble()).isCloseTo(eoq,
                org.assertj.core.api.Assertions.within(1e-6 * eoq));
        assertThat(policy.get("order_quantity_units").asDouble()).isEqualTo(Math.max(1, Math.ceil(eoq - 1e-9)));
        assertThat(policy.get("orders_per_year").asDouble()).isCloseTo(annual / Math.max(1, Math.ceil(eoq - 1e-9)),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(policy.has("cost_optimal")).isTrue();
    }

    @Test
    void answers_404_for_an_unknown_part() throws Exception {
        JsonNode error = json(SAMPLE.server(), "/api/v1/parts/no-such-part/buffer", 404);
        assertThat(error.get("error").asText()).isEqualTo("no such part");
    }

    @Test
    void needs_a_signed_in_user_as_the_part_itself() {
        assertThat(SAMPLE.server().newBrowser().get("/api/v1/parts/110010/buffer", "application/json").statusCode())
                .isEqualTo(401);
    }

    @Test
    void says_why_a_part_has_no_buffer() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(
                List.of(Part.of("P-OK", 3650), Part.of("P-NO-DEMAND", 0), Part.of("P-NO-SOURCE", 3650)),
                List.of(Supplier.of("S-DE", "Antrieb", "DE")),
                List.of(SourcingLink.of("P-OK", "S-DE", 1.0, "10.00", 20),
                        SourcingLink.of("P-NO-DEMAND", "S-DE", 1.0, "10.00", 20)),
                List.of());
        Snapshot snapshot = new Snapshot(new SnapshotInfo(1, Instant.parse("2026-11-28T10:00:00Z"), "test", "0".repeat(64),
                "test", 3, 1, 2, 0), portfolio);
        try (TestServer server = TestServer.over(new OneSnapshot(snapshot), AccessPolicy.OPEN)) {
            assertThat(json(server, "/api/v1/parts/P-OK/buffer", 200).get("buffer").isObject()).isTrue();
            JsonNode noDemand = json(server, "/api/v1/parts/P-NO-DEMAND/buffer", 200);
            assertThat(noDemand.get("buffer").isNull()).isTrue();
            assertThat(noDemand.get("reason").asText()).contains("no demand");
            JsonNode noSource = json(server, "/api/v1/parts/P-NO-SOURCE/buffer", 200);
            assertThat(noSource.get("buffer").isNull()).isTrue();
            assertThat(noSource.get("reason").asText()).contains("no active source");
            assertThat(server.get("/parts/P-NO-SOURCE", "text/html").body())
                    .contains("<p id=\"buffer-none\">No buffer is computed: the part has no active source");
        }
    }

    /** A source holding one snapshot. */
    private record OneSnapshot(Snapshot snapshot) implements SnapshotSource {
        @Override
        public Optional<Long> latestId() {
            return Optional.of(snapshot.info().id());
        }

        @Override
        public Optional<Snapshot> load(long id) {
            return id == snapshot.info().id() ? Optional.of(snapshot) : Optional.empty();
        }

        @Override
        public List<SnapshotInfo> list() {
            return List.of(snapshot.info());
        }

        @Override
        public SnapshotInfo save(Portfolio portfolio, be.veerkracht.store.snapshot.ImportInfo info) {
            throw new IllegalStateException("nothing is stored here");
        }
    }
}
