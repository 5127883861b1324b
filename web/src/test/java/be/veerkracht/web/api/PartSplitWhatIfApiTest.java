package be.veerkracht.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.CandidateOutcome;
import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.allocation.CandidateStudy;
import be.veerkracht.allocation.ConcentrationLimits;
import be.veerkracht.allocation.ExportPolicy;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.app.PartSplits;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/parts/{id}/split/what-if} over the sample portfolio: the figures of the core's
 * {@link CandidateStudy} for the same part, candidate and settings (a wiring check: the maths is checked in core's
 * CandidateStudyTest), one answer known by hand, and the refusals.
 */
class PartSplitWhatIfApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A sample part with exactly one source: the case the what-if is for. */
    private static final String PART = singleSourced();

    private static final String CANDIDATE = "country=PL&price_eur=%s&lead_time_days=5&capacity_units_per_year=%s"
            + "&qualification_days=60&transport_mode=road&name=Poznan%%20Metal";

    private static String singleSourced() {
        Portfolio sample = TestServer.samplePortfolio();
        for (Part part : sample.parts()) {
            if (sample.linksOf(part.id()).size() == 1 && part.shortageCostPerUnit().isPresent()
                    && !"PL".equals(sample.linksOf(part.id()).get(0).originCountry().alpha2())) {
                return part.id().value();
            }
        }
        throw new AssertionError("the sample has no single-sourced part with a shortage cost");
    }

    private static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = SAMPLE.server().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    @Test
    void answers_what_the_core_study_gives_for_the_same_candidate() throws Exception {
        Portfolio sample = TestServer.samplePortfolio();
        Part part = sample.part(new be.veerkracht.portfolio.PartId(PART)).orElseThrow();
        double demand = part.annualDemandUnits();
        String price = sample.linksOf(part.id()).get(0).price().perUnitEur().multiply(new BigDecimal("1.10"))
                .setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        CandidateSource candidate = new CandidateSource("Poznan Metal", new CountryCode("PL"), new BigDecimal(price), 5,
                demand, 60, BigDecimal.ZERO, TransportMode.ROAD);
        PartSplits.Settings page = PartSplits.Settings.PAGE;
        AllocationSettings settings = new AllocationSettings(new RiskAppetite(page.cvarWeight(), page.cvarAlpha()),
                page.scenarios(), page.seed(), 1, PartSplits.FRONTIER_POINTS, 0, ConcentrationLimits.NONE,
                ExportPolicy.DEFAULT, AllocationSettings.DEFAULT_AMORTISATION_YEARS, false);
        CandidateOutcome expected = new CandidateStudy(ReferenceGeographyLoader.shipped(),
                EventCatalogueLoader.shipped(), new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped())),
                PartSplits::classification).study(sample, PART, candidate, settings,
                StressTestSettings.of(PartSplits.WHAT_IF_STRESS_SCENARIOS, 365, page.seed(), 1));

        JsonNode body = json("/api/v1/parts/" + PART + "/split/what-if?"
                + String.format(java.util.Locale.ROOT, CANDIDATE, price, Double.toString(demand)), 200);
        assertThat(body.get("part").asText()).isEqualTo(PART);
        assertThat(body.get("candidate").get("zone").asText()).isEqualTo("EU_SINGLE_MARKET");
        assertThat(body.get("candidate").get("name").asText()).isEqualTo("Poznan Metal");
        assertThat(body.get("objective_gain_eur").decimalValue())
                .isEqualByComparingTo(SplitFields.eur(expected.split().objectiveGainEur()));
        assertThat(body.get("shares_after").get(CandidateSource.SUPPLIER_ID).asDouble())
                .isEqualTo(expected.candidateShare());
        assertThat(body.get("before").get("optimum").get("objective").decimalValue())
                .isEqualByComparingTo(SplitFields.eur(expected.split().before().optimum().objectiveEur()));
        JsonNode stress = body.get("stress_test");
        assertThat(stress.get("before").get("expected_annual_loss_eur").decimalValue())
                .isEqualByComparingTo(SplitFields.eur(expected.stressBefore().expectedAnnualLossEur()));
        assertThat(stress.get("after").get("expected_annual_loss_eur").decimalValue())
                .isEqualByComparingTo(SplitFields.eur(expected.stressAfter().expectedAnnualLossEur()));
        assertThat(body.get("settings").get("stress_scenarios").asInt()).isEqualTo(2000);
    }

    @Test
    void a_candidate_dearer_than_a_shortage_gets_no_share() throws Exception {
        // By hand: a unit from a source that costs more than going short is never ordered, whatever the risk, so the
        // optimum gives the candidate nothing (it may still be worth holding as a qualified stand-by).
        Part part = TestServer.samplePortfolio().part(new be.veerkracht.portfolio.PartId(PART)).orElseThrow();
        BigDecimal dear = part.shortageCostPerUnit().orElseThrow().multiply(BigDecimal.TEN).add(BigDecimal.ONE);
        JsonNode body = json("/api/v1/parts/" + PART + "/split/what-if?" + String.format(java.util.Locale.ROOT,
                CANDIDATE, dear.toPlainString(), Double.toString(part.annualDemandUnits())), 200);
        assertThat(body.get("shares_after").get(CandidateSource.SUPPLIER_ID).asDouble()).isZero();
        assertThat(body.get("after").get("optimum").get("allocation").has(CandidateSource.SUPPLIER_ID)
                ? body.get("after").get("optimum").get("allocation").get(CandidateSource.SUPPLIER_ID).asDouble() : 0)
                .isZero();
    }

    @Test
    void a_missing_or_bad_field_is_400_naming_it_and_an_unknown_part_404() throws Exception {
        String good = "country=PL&price_eur=10&lead_time_days=5&capacity_units_per_year=1000";
        Map<String, String> bad = Map.of(
                "price_eur=10&lead_time_days=5&capacity_units_per_year=1000", "country is required",
                good.replace("country=PL", "country=XX"), "country: unknown value 'XX'",
                good.replace("price_eur=10", "price_eur=10,5"), "price_eur must be a number",
                good.replace("lead_time_days=5", "lead_time_days=4000"), "lead_time_days must be within 0..3650",
                good + "&qualification_days=1.5", "qualification_days must be a whole number",
                good + "&transport_mode=boat", "transport_mode: unknown value 'boat'",
                good.replace("capacity_units_per_year=1000", "capacity_units_per_year=0"),
                "capacity_units_per_year must be within");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            JsonNode body = json("/api/v1/parts/" + PART + "/split/what-if?" + entry.getKey(), 400);
            assertThat(body.get("details").get(0).asText()).as(entry.getKey()).startsWith(entry.getValue());
        }
        assertThat(json("/api/v1/parts/NO-SUCH-PART/split/what-if?" + good, 404).get("error").asText())
                .isEqualTo("no such part");
    }
}
