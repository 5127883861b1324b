package be.veerkracht.exposure;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Three parts and four suppliers; every expected figure is worked out by hand in the comments. */
class SupplierExposuresTest {

    @Test
    void each_supplier_counts_its_active_sole_and_candidate_parts_and_its_spend() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(
                List.of(part("P1", 1000, Criticality.A), part("P2", 1000, Criticality.B),
                        part("P3", 500, Criticality.A)),
                List.of(Supplier.of("S-CN", "Ningbo", "CN"), Supplier.of("S-DE", "Antrieb", "DE"),
                        Supplier.of("S-PL", "Odlewnia", "PL"), Supplier.of("S-AT", "Gusswerk", "AT")),
                List.of(link("P1", "S-CN", 1.0, "10", true),   // 1000 × 1.0 × 10 = 10,000; sole source of an A part
                        link("P1", "S-PL", 0, "10", false),    // a candidate: no spend
                        link("P2", "S-CN", 0.6, "10", true),   // 1000 × 0.6 × 10 = 6,000
                        link("P2", "S-DE", 0.4, "10", true).withOriginCountry(new CountryCode("CZ")), // 4,000
                        link("P3", "S-DE", 1.0, "12", true),   // 500 × 1.0 × 12 = 6,000; sole source of an A part
                        link("P3", "S-PL", 0, "11", false)),   // a candidate
                List.of());

        List<SupplierExposure> exposures = SupplierExposures.of(portfolio);

        // by spend: S-CN 16,000, S-DE 10,000, then the two at 0 by id: S-AT before S-PL
        assertThat(exposures).extracting(e -> e.supplier().id().value())
                .containsExactly("S-CN", "S-DE", "S-AT", "S-PL");
        SupplierExposure cn = exposures.get(0);
        assertThat(cn.annualSpendEur()).isEqualByComparingTo("16000");
        assertThat(cn.activeParts()).isEqualTo(2);          // P1, P2
        assertThat(cn.soleSourceParts()).isEqualTo(1);      // P1 (P2 has S-DE too)
        assertThat(cn.criticalSoleSource()).isEqualTo(1);   // P1 is A
        assertThat(cn.producingCountries()).containsExactly(new CountryCode("CN"));
        SupplierExposure de = exposures.get(1);
        assertThat(de.annualSpendEur()).isEqualByComparingTo("10000");
        assertThat(de.soleSourceParts()).isEqualTo(1);      // P3
        // P2 is produced in CZ, P3 in DE (the legal entity's country)
        assertThat(de.producingCountries()).containsExactly(new CountryCode("CZ"), new CountryCode("DE"));
        SupplierExposure pl = exposures.get(3);
        assertThat(pl.activeParts()).isZero();
        assertThat(pl.candidateParts()).isEqualTo(2);       // P1, P3
        assertThat(pl.annualSpendEur()).isEqualByComparingTo("0");
        assertThat(pl.producingCountries()).isEmpty();
        assertThat(exposures.get(2).candidateParts()).isZero(); // S-AT has no links at all
    }

    private static Part part(String id, double demand, Criticality criticality) {
        return new Part(new PartId(id), null, null, null, demand, 0, null, criticality, new BigDecimal("50"), null, 0,
                null, null, null, Map.of());
    }

    private static SourcingLink link(String part, String supplier, double share, String price, boolean qualified) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, share, Price.perUnit(price),
                LeadTime.of(30), null, null, null, null, null, null,
                new Qualification(qualified, qualified ? null : 90, qualified ? null : new BigDecimal("10000")), null,
                Map.of());
    }
}
