package be.veerkracht.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioSummaryTest {

    @Test
    void spend_single_sourcing_and_countries_by_hand() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(
                List.of(Part.of("P", 1200), Part.of("Q", 250_000), Part.of("R", 10)),
                List.of(Supplier.of("CN", "Ningbo", "CN"), Supplier.of("PL", "Wroclaw", "PL"),
                        Supplier.of("BE", "Claes", "BE")),
                List.of(SourcingLink.of("P", "CN", 0.8, "212.40", 70), SourcingLink.of("P", "PL", 0.2, "268.90", 21),
                        new SourcingLink(new PartId("Q"), new SupplierId("BE"), null, 1.0,
                                new Price(new BigDecimal("4.85"), new BigDecimal("100")), LeadTime.of(7),
                                new CountryCode("DE"), null, null, null, null, null, null, null, null),
                        SourcingLink.of("R", "BE", 1.0, "3", 5), SourcingLink.of("R", "PL", 0.0, "2", 5)),
                List.of());

        PortfolioSummary summary = PortfolioSummary.of(portfolio);

        // 1200 × 0.8 × 212.40 = 203,904.00; 1200 × 0.2 × 268.90 = 64,536.00;
        // 250,000 × 4.85 / 100 = 12,125.00; 10 × 3 = 30.00; total 280,595.00 (hand arithmetic)
        assertThat(summary.annualSpendEur()).isEqualTo(new BigDecimal("280595.00"));
        assertThat(summary.singleSourcedParts()).isEqualTo(2); // Q, and R whose second source is a candidate
        assertThat(summary.unsourcedParts()).isZero();
        assertThat(summary.originCountries()).containsExactlyInAnyOrder(
                new CountryCode("CN"), new CountryCode("PL"), new CountryCode("DE"), new CountryCode("BE"));
    }
}
