package be.veerkracht.web.map;

import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual spend produced in each country, with the suppliers producing it: one marker per producing country.
 * Spend is {@link AnnualSpend} of each link (demand × share × price), placed in the link's {@code origin_country},
 * so it adds up to the assessment's spend by country; a supplier's two sites in two countries count in each. Links
 * with a share of 0 (candidates) add nothing and name no supplier.
 */
public final class SupplierMarkers {

    /** One supplier's spend in one country. */
    public record SupplierSpend(SupplierId supplier, String name, BigDecimal annualSpendEur) {
    }

    /**
     * @param country        ISO alpha-2 of where the goods are produced
     * @param annualSpendEur the sum of {@code suppliers}, EUR per year
     * @param suppliers      largest spend first
     */
    public record CountrySpend(String country, BigDecimal annualSpendEur, List<SupplierSpend> suppliers) {
        public CountrySpend {
            suppliers = List.copyOf(suppliers);
        }
    }

    private SupplierMarkers() {
    }

    /** Countries by spend, largest first (code order on a tie). */
    public static List<CountrySpend> of(Portfolio portfolio) {
        Map<String, Map<SupplierId, BigDecimal>> spend = new TreeMap<>();
        for (SourcingLink link : portfolio.links()) {
            Part part = portfolio.part(link.part()).orElseThrow();
            BigDecimal amount = AnnualSpend.of(part, link);
            if (amount.signum() > 0) {
                spend.computeIfAbsent(link.originCountry().alpha2(), c -> new TreeMap<>())
                        .merge(link.supplier(), amount, BigDecimal::add);
            }
        }
        return spend.entrySet().stream()
                .map(e -> country(portfolio, e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CountrySpend::annualSpendEur).reversed()
                        .thenComparing(CountrySpend::country))
                .toList();
    }

    private static CountrySpend country(Portfolio portfolio, String country, Map<SupplierId, BigDecimal> bySupplier) {
        List<SupplierSpend> suppliers = bySupplier.entrySet().stream()
                .map(e -> new SupplierSpend(e.getKey(),
                        portfolio.supplier(e.getKey()).map(Supplier::name).orElse(e.getKey().value()), e.getValue()))
                .sorted(Comparator.comparing(SupplierSpend::annualSpendEur).reversed()
                        .thenComparing(s -> s.supplier().value()))
                .toList();
        BigDecimal total = suppliers.stream().map(SupplierSpend::annualSpendEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CountrySpend(country, total, suppliers);
    }
}
