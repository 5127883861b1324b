package be.veerkracht.portfolio;

import be.veerkracht.geo.CountryCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first figures a purchasing director checks after an import, to see the right file was loaded.
 *
 * @param annualSpendEur       planned purchase value per year, EUR, to the cent: Σ over links of
 *                             annual demand × share × price per unit
 * @param singleSourcedParts   parts with exactly one source at a share above 0
 * @param unsourcedParts       parts without any source at a share above 0
 * @param originCountries      countries where the active sources produce, sorted
 */
public record PortfolioSummary(
        int parts,
        int suppliers,
        int links,
        int tools,
        BigDecimal annualSpendEur,
        int singleSourcedParts,
        int unsourcedParts,
        List<CountryCode> originCountries) {

    /** Spend is booked money: shown to the cent, rounded half-even (banker's rounding) only at the end. */
    public static final int SPEND_SCALE = 2;

    public PortfolioSummary {
        originCountries = originCountries.stream().distinct().sorted().toList();
    }

    public static PortfolioSummary of(Portfolio portfolio) {
        BigDecimal spend = BigDecimal.ZERO;
        int single = 0;
        int unsourced = 0;
        Set<CountryCode> countries = new TreeSet<>();
        for (Part part : portfolio.parts()) {
            int active = 0;
            for (SourcingLink link : portfolio.linksOf(part.id())) {
                if (link.share() > 0) {
                    active++;
                    countries.add(link.originCountry());
                    spend = spend.add(AnnualSpend.of(part, link));
                }
            }
            single += active == 1 ? 1 : 0;
            unsourced += active == 0 ? 1 : 0;
        }
        return new PortfolioSummary(portfolio.parts().size(), portfolio.suppliers().size(), portfolio.links().size(),
                portfolio.tools().size(), spend.setScale(SPEND_SCALE, RoundingMode.HALF_EVEN), single, unsourced,
                List.copyOf(countries));
    }
}
