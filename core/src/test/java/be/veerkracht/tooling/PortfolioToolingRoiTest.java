package be.veerkracht.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioToolingRoiTest {

    @Test
    void stop_shares_come_from_the_event_model_and_a_twin_halves_nothing_but_squares_the_risk() throws Exception {
        // One part, 10 a day, EUR 2 a unit short, single-sourced from S-DE, which holds tool T1 (replacement EUR
        // 1,000). One supplier event, FIRE, at 0.5 a year, always 30 days.
        // Expected down days a year, by hand: an event starting on day s covers min(30, 365 − s) days of the year:
        // mean over s = (335·30 + (29 + … + 1)) / 365 = (10,050 + 435) / 365 = 28.726 days per event; × 0.5 events
        // = 14.363 days (two events overlap rarely: P(two or more) = 9 %, and then by at most 30 of 365 days), so the
        // stop share is about 14.36 / 365 = 0.0394. An independent twin is down on a given day with that probability
        // as well, so both are down on about 0.0394² of the days = 0.00155.
        // Cost per day = 10 × 1.0 × EUR 2 = EUR 20.
        StressTestModel model = StressTestModel.compile(portfolio(), geography(), catalogue(0.5, 30));
        ToolRoi roi = new PortfolioToolingRoi(model).evaluate(portfolio(), 20_000, 3).get(0);
        assertThat(roi.toolId()).isEqualTo("T1");
        assertThat(roi.costPerDayEur()).isEqualByComparingTo("20.00");
        assertThat(roi.stopShareWithout()).isCloseTo(14.363 / 365, within(0.0015));
        assertThat(roi.stopShareWith()).isCloseTo(0.0394 * 0.0394, within(0.0004));
        assertThat(roi.secondTool()).contains("independent twin");
        assertThat(roi.lossWithout().meanEur()).isCloseTo(roi.stopShareWithout() * 365 * 20, within(1e-6));
        assertThat(roi.lossWithout().p50Eur()).isZero(); // e^(−0.5) = 61 % of years have no fire
        // P(at most one fire) = e^(−0.5)·1.5 = 91 % < 95 %: the 95th percentile is a year with two fires, more than
        // 30 days (EUR 600) and at most 60 days (EUR 1,200)
        assertThat(roi.lossWithout().p95Eur()).isGreaterThan(600.0).isLessThanOrEqualTo(1200.0);
        // the investment case at the replacement cost, as ToolingRoi computes it from those shares
        assertThat(roi.roi()).isNotNull();
        assertThat(roi.roi().input().investmentEur()).isEqualByComparingTo("1000");
        assertThat(roi.roi().expectedAnnualLossWithoutEur().doubleValue())
                .isCloseTo(roi.stopShareWithout() * 365 * 20, within(0.01));
    }

    @Test
    void a_tool_without_replacement_cost_is_listed_with_the_reason() throws Exception {
        Portfolio portfolio = portfolioWithTool(new Tool(new ToolId("T1"), new SupplierId("S-DE"),
                List.of(new PartId("P1")), null, 60, null, null));
        ToolRoi roi = new PortfolioToolingRoi(StressTestModel.compile(portfolio, geography(), catalogue(0.5, 30)))
                .evaluate(portfolio, 100, 1).get(0);
        assertThat(roi.roi()).isNull();
        assertThat(roi.missing()).contains("replacement_cost_eur");
    }

    private static Portfolio portfolio() throws Exception {
        return portfolioWithTool(new Tool(new ToolId("T1"), new SupplierId("S-DE"), List.of(new PartId("P1")),
                new BigDecimal("1000"), 60, null, null));
    }

    private static Portfolio portfolioWithTool(Tool tool) throws Exception {
        Part part = new Part(new PartId("P1"), null, null, null, 3650, 0, null, null, null, new BigDecimal("2"), 0,
                null, null, null, Map.of());
        SourcingLink link = new SourcingLink(new PartId("P1"), new SupplierId("S-DE"), null, 1.0,
                Price.perUnit("10"), LeadTime.of(20), null, null, null, null, null, null, null, null, Map.of());
        return PortfolioAssembly.of(List.of(part), List.of(Supplier.of("S-DE", "Antrieb", "DE")), List.of(link),
                List.of(tool));
    }

    private static ReferenceGeography geography() {
        return new ReferenceGeography("test", List.of(new Zone("EU", "EU", "EU", "EU", "t")),
                List.of(new CountryProfile(new CountryCode("DE"), "EU", TradeRelation.MFN, 70.0, Map.of(), Set.of(),
                        Set.of())), List.of());
    }

    private static EventCatalogue catalogue(double rate, int days) {
        List<SupplierEventRate> rates = new ArrayList<>();
        for (StabilityBand band : StabilityBand.values()) {
            rates.add(SupplierEventRate.forBand("FIRE", band, rate, DurationDistribution.fixed(days), false, "t"));
        }
        return new EventCatalogue("test", rates, List.of(), List.of());
    }
}
