package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The portfolio's GHG Protocol Scope 3 category 4 (upstream transportation and distribution) estimate for the
 * inbound main leg: for every active link (share &gt; 0), planned units a year (share &times; annual demand) &times;
 * kg CO2e per unit ({@link Routes#emissions}). Candidates (share 0) carry no volume and are left out. Coverage says how
 * many active links lacked a weight, a distance (or mode) or a factor: their emissions are not in the total, which is
 * then a lower bound. Linear in the links.
 *
 * @param links       one per active link, in portfolio order
 * @param kgCo2eByMode the total per mode, kg CO2e per year
 * @param coverage    what was counted and what was missing
 */
public record UpstreamTransportEmissions(List<LinkEmissions> links, Map<TransportMode, Double> kgCo2eByMode,
                                         double totalKgCo2ePerYear, Coverage coverage) {

    public UpstreamTransportEmissions {
        links = List.copyOf(links);
        kgCo2eByMode = Map.copyOf(kgCo2eByMode);
        Objects.requireNonNull(coverage, "coverage");
    }

    public static UpstreamTransportEmissions estimate(Portfolio portfolio, Routes routes) {
        List<LinkEmissions> links = new ArrayList<>();
        Map<TransportMode, Double> byMode = new EnumMap<>(TransportMode.class);
        double total = 0;
        int counted = 0;
        int noWeight = 0;
        int noDistance = 0;
        int noFactor = 0;
        for (SourcingLink link : portfolio.links()) {
            if (link.share() == 0) {
                continue;
            }
            Part part = portfolio.part(link.part()).orElseThrow();
            double units = link.share() * part.annualDemandUnits();
            Route route = routes.route(link);
            TransportEmissions perUnit = routes.emissions(part, link);
            Double perYear = perUnit.known() ? perUnit.kgCo2ePerUnit() * units : null;
            links.add(new LinkEmissions(link.key(), route, units, perUnit, perYear));
            if (perYear != null) {
                counted++;
                total += perYear;
                byMode.merge(route.mode(), perYear, Double::sum);
            } else if (part.weightKg() == null) {
                noWeight++;
            } else if (route.km() == null || route.mode() == null) {
                noDistance++;
            } else {
                noFactor++;
            }
        }
        return new UpstreamTransportEmissions(links, byMode, total,
                new Coverage(links.size(), counted, noWeight, noDistance, noFactor));
    }

    /**
     * @param plannedUnitsPerYear share &times; annual demand
     * @param kgCo2ePerYear       null when unknown
     */
    public record LinkEmissions(SourcingLink.Key link, Route route, double plannedUnitsPerYear,
                                TransportEmissions perUnit, Double kgCo2ePerYear) {
    }

    /**
     * @param activeLinks  links with a share &gt; 0
     * @param counted      links whose emissions are in the total
     * @param noWeight     links whose part has no weight_kg
     * @param noDistance   links with no distance or no mode
     * @param noFactor     links whose mode has no emission factor
     */
    public record Coverage(int activeLinks, int counted, int noWeight, int noDistance, int noFactor) {
    }
}
