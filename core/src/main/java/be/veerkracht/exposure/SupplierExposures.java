package be.veerkracht.exposure;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every supplier's {@link SupplierExposure}, largest planned spend first (then by id), so the list a purchasing
 * director reads starts with the suppliers the portfolio leans on most. One pass over the links: O(links).
 * A link is active when it is qualified with a share above 0, the same rule the part assessment uses.
 */
public final class SupplierExposures {

    private SupplierExposures() {
    }

    public static List<SupplierExposure> of(Portfolio portfolio) {
        Map<SupplierId, Tally> tallies = new HashMap<>();
        portfolio.suppliers().forEach(s -> tallies.put(s.id(), new Tally()));
        for (Part part : portfolio.parts()) {
            List<SourcingLink> links = portfolio.linksOf(part.id());
            long active = links.stream().filter(SupplierExposures::isActive).count();
            for (SourcingLink link : links) {
                Tally tally = tallies.get(link.supplier());
                tally.spend = tally.spend.add(AnnualSpend.of(part, link));
                if (isActive(link)) {
                    tally.active++;
                    tally.countries.add(link.originCountry());
                    if (active == 1) {
                        tally.sole++;
                        if (part.criticality() == Criticality.A) {
                            tally.criticalSole++;
                        }
                    }
                } else {
                    tally.candidate++;
                }
            }
        }
        List<SupplierExposure> result = new ArrayList<>();
        portfolio.suppliers().forEach(s -> {
            Tally t = tallies.get(s.id());
            result.add(new SupplierExposure(s, t.active, t.sole, t.criticalSole, t.candidate, t.spend,
                    List.copyOf(t.countries)));
        });
        result.sort(Comparator.comparing(SupplierExposure::annualSpendEur).reversed()
                .thenComparing(e -> e.supplier().id()));
        return List.copyOf(result);
    }

    private static boolean isActive(SourcingLink link) {
        return link.qualification().qualified() && link.share() > 0;
    }

    /** Running counts of one supplier. */
    private static final class Tally {
        private int active;
        private int sole;
        private int criticalSole;
        private int candidate;
        private BigDecimal spend = BigDecimal.ZERO;
        private final TreeSet<CountryCode> countries = new TreeSet<>();
    }
}
