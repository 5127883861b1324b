package be.veerkracht.portfolio.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated portfolio has the shape documented in the generator, computed here from the portfolio alone (not
 * from the generator's internals). Bands are the documented expectation ± 5 binomial standard deviations for the
 * sample size, so a correct generator fails them with probability below 1e-6 for any seed; the seed is fixed anyway.
 */
class SyntheticPortfolioDistributionTest {

    private static final int PARTS = 4_000;
    private static final int SUPPLIERS = 2_000;
    private static Portfolio portfolio;
    private static Map<SupplierId, Supplier> suppliers;

    @BeforeAll
    static void generate() {
        portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(PARTS, SUPPLIERS, 20_240_601L))
                .generate();
        suppliers = portfolio.suppliers().stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
    }

    /** Binomial band: p ± 5 sqrt(p(1-p)/n). */
    private static double[] band(double p, int n) {
        double sd = Math.sqrt(p * (1 - p) / n);
        return new double[] {p - 5 * sd, p + 5 * sd};
    }

    private static List<SourcingLink> active(Part part) {
        return portfolio.linksOf(part.id()).stream().filter(l -> l.share() > 0).toList();
    }

    @Test
    void aboutOneInFourPartsHasTwoActiveSources() {
        // Expected 0.23 = 0.09 (80/20) + 0.05 (70/30) + 0.04 (50/50) + 0.05 (two sites), see SourcingPattern.
        // Band for n = 4000: 0.23 ± 5 × 0.00665 = [0.197, 0.263].
        long dual = portfolio.parts().stream().filter(p -> active(p).size() == 2).count();
        double[] band = band(0.23, PARTS);

        assertThat(dual / (double) PARTS).isBetween(band[0], band[1]);
        assertThat(portfolio.parts()).allSatisfy(p -> assertThat(active(p)).hasSizeBetween(1, 2));
    }

    @Test
    void someCandidatesAtShareZeroAreNotQualified() {
        // Expected candidates: 0.07 of parts (SINGLE_WITH_CANDIDATE); 0.7 of them unqualified, so 0.049 of parts.
        List<SourcingLink> candidates = portfolio.links().stream().filter(l -> l.share() == 0).toList();
        long unqualified = candidates.stream().filter(l -> !l.qualification().qualified()).count();
        double[] candidateBand = band(0.07, PARTS);
        double[] unqualifiedBand = band(0.049, PARTS);

        assertThat(candidates.size() / (double) PARTS).isBetween(candidateBand[0], candidateBand[1]);
        assertThat(unqualified / (double) PARTS).isBetween(unqualifiedBand[0], unqualifiedBand[1]);
        assertThat(candidates).filteredOn(l -> !l.qualification().qualified())
                .allSatisfy(l -> assertThat(l.qualification().days()).isNotNull());
    }

    @Test
    void chinaHasTheLargestShareOfSuppliers() {
        // CountryProfiles weight: CN 20 of 100. Band for n = 2000: 0.20 ± 5 × 0.0089 = [0.155, 0.245].
        Map<String, Long> byCountry = portfolio.suppliers().stream()
                .collect(Collectors.groupingBy(s -> s.country().alpha2(), Collectors.counting()));
        double[] band = band(0.20, SUPPLIERS);

        assertThat(byCountry.get("CN") / (double) SUPPLIERS).isBetween(band[0], band[1]);
        assertThat(byCountry.keySet()).contains("BE", "NL", "DE", "FR", "PL", "CZ", "IT", "ES", "CN", "TW", "JP",
                "KR", "US", "IN", "VN", "TR", "MX");
        assertThat(portfolio.suppliers()).filteredOn(s -> s.parentGroup() != null).isNotEmpty();
    }

    @Test
    void someGoodsAreMadeOutsideTheSuppliersCountry() {
        // Plants abroad (CountryProfiles.offshoreShare) plus second sites: a few percent of links, not most.
        long abroad = portfolio.links().stream()
                .filter(l -> !l.originCountry().equals(suppliers.get(l.supplier()).country())).count();

        assertThat(abroad).isPositive();
        assertThat(abroad / (double) portfolio.links().size()).isLessThan(0.2);
    }

    @Test
    void leadTimesFollowDistanceAndMode() {
        // Region: sea from East Asia 45..70 days, road within Western and Central Europe 5..20 days.
        Set<String> asia = Set.of("CN", "TW", "JP", "KR", "IN", "VN", "TH", "MY");
        Set<String> europe = Set.of("BE", "NL", "DE", "FR", "IT", "ES", "PL", "CZ", "AT", "HU", "SK", "RO");
        List<SourcingLink> links = portfolio.links();

        assertThat(links).filteredOn(l -> asia.contains(l.originCountry().alpha2())
                        && l.transportMode() == TransportMode.SEA)
                .isNotEmpty().allSatisfy(l -> assertThat(l.leadTime().days()).isBetween(45.0, 70.0));
        assertThat(links).filteredOn(l -> europe.contains(l.originCountry().alpha2())
                        && l.transportMode() == TransportMode.ROAD)
                .isNotEmpty().allSatisfy(l -> assertThat(l.leadTime().days()).isBetween(5.0, 20.0));
        assertThat(links).filteredOn(l -> europe.contains(l.originCountry().alpha2()))
                .noneSatisfy(l -> assertThat(l.transportMode()).isIn(TransportMode.SEA, TransportMode.AIR));
        assertThat(links).filteredOn(l -> l.leadTime().transitDays() != null)
                .allSatisfy(l -> assertThat(l.leadTime().transitDays()).isLessThanOrEqualTo(l.leadTime().days()));
    }

    @Test
    void fastenersArePricedPerHundredOrThousandAndPricesHaveTwoToFourDecimals() {
        Map<String, Part> parts = portfolio.parts().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));

        assertThat(portfolio.links()).filteredOn(l -> "fasteners".equals(parts.get(l.part().value()).category()))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.price().perQuantity()).isIn(new BigDecimal("100"), new BigDecimal("1000")));
        assertThat(portfolio.links()).allSatisfy(l -> assertThat(
                l.price().amountEur().stripTrailingZeros().scale()).isLessThanOrEqualTo(4));
    }

    @Test
    void demandHasALongTail() {
        // Log-normal demand: the largest 10 % of parts carry well over half the units (for sigma >= 1 about 70 %).
        List<Double> demand = portfolio.parts().stream().map(Part::annualDemandUnits).sorted().toList();
        double total = demand.stream().mapToDouble(Double::doubleValue).sum();
        double top = demand.subList(demand.size() * 9 / 10, demand.size()).stream()
                .mapToDouble(Double::doubleValue).sum();

        assertThat(top / total).isGreaterThan(0.5);
    }

    @Test
    void toolsServeCastingsAndPlasticsAndSomeServeTwoParts() {
        Map<String, String> category = portfolio.parts().stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p.category()));

        assertThat(portfolio.tools()).isNotEmpty().allSatisfy(t -> t.parts().forEach(
                p -> assertThat(category.get(p.value())).isIn("castings", "plastics")));
        assertThat(portfolio.tools()).anySatisfy(t -> assertThat(t.parts()).hasSize(2));
    }

    @Test
    void someElectronicsCarryDualUseCodesAndMostPartsAnHsCode() {
        assertThat(portfolio.parts()).filteredOn(p -> p.dualUseCode() != null).isNotEmpty()
                .allSatisfy(p -> assertThat(p.category()).isEqualTo("electronics"));
        assertThat(portfolio.parts().stream().filter(p -> p.hsCode() != null).count() / (double) PARTS)
                .isBetween(band(0.85, PARTS)[0], band(0.85, PARTS)[1]);
    }
}
