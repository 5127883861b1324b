package be.veerkracht.exposure.recovery;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio compiled for the time-to-survive model: one {@link PartFlow} per part, and each supplier's stated
 * capacity with the planned rate of every part there (to subtract what untouched parts keep using).
 */
final class RecoveryNetwork {

    static final double DAYS_PER_YEAR = 365;

    private final Portfolio portfolio;
    private final Map<String, PartFlow> parts = new LinkedHashMap<>();
    private final List<PartFlow> ordered = new ArrayList<>();
    /** Part indices (portfolio order) by the supplier, and by the producing country, of their links. */
    private final Map<String, java.util.SortedSet<Integer>> partsBySupplier = new HashMap<>();
    private final Map<be.veerkracht.geo.CountryCode, java.util.SortedSet<Integer>> partsByCountry = new HashMap<>();
    private final Map<String, Double> supplierRate = new HashMap<>();
    /** supplier id → part id → planned rate of that part's active links there, units per day. */
    private final Map<String, Map<String, Double>> plannedAtSupplier = new HashMap<>();

    RecoveryNetwork(Portfolio portfolio) {
        this.portfolio = portfolio;
        for (Supplier supplier : portfolio.suppliers()) {
            if (supplier.capacityUnitsPerYear() != null) {
                supplierRate.put(supplier.id().value(), supplier.capacityUnitsPerYear() / DAYS_PER_YEAR);
            }
        }
        for (Part part : portfolio.parts()) {
            PartFlow flow = compile(part, portfolio.linksOf(part.id()));
            parts.put(flow.id(), flow);
            int index = ordered.size();
            ordered.add(flow);
            for (SourceFlow source : flow.sources()) {
                partsBySupplier.computeIfAbsent(source.supplierId(), s -> new java.util.TreeSet<>()).add(index);
                partsByCountry.computeIfAbsent(source.link().originCountry(), c -> new java.util.TreeSet<>())
                        .add(index);
                if (source.active()) {
                    plannedAtSupplier.computeIfAbsent(source.supplierId(), s -> new HashMap<>())
                            .merge(flow.id(), source.planned(), Double::sum);
                }
            }
        }
    }

    Portfolio portfolio() {
        return portfolio;
    }

    List<PartFlow> parts() {
        return List.copyOf(ordered);
    }

    /** The parts with a link inside the node's supplier or countries (a superset of those it touches), in order. */
    List<PartFlow> candidates(NodeScope scope) {
        java.util.SortedSet<Integer> indices = new java.util.TreeSet<>();
        if (scope.supplier() != null) {
            indices.addAll(partsBySupplier.getOrDefault(scope.supplier(), java.util.Collections.emptySortedSet()));
        }
        for (be.veerkracht.geo.CountryCode country : scope.countries()) {
            indices.addAll(partsByCountry.getOrDefault(country, java.util.Collections.emptySortedSet()));
        }
        List<PartFlow> result = new ArrayList<>(indices.size());
        indices.forEach(i -> result.add(ordered.get(i)));
        return result;
    }

    PartFlow part(String id) {
        return parts.get(id);
    }

    /** The supplier's stated capacity, units per day; null when it states none. */
    Double supplierRate(String supplier) {
        return supplierRate.get(supplier);
    }

    /** Planned rate at the supplier of the parts not in {@code touched}, units per day. */
    double plannedRateOfOthers(String supplier, java.util.Set<String> touched) {
        double sum = 0;
        for (Map.Entry<String, Double> entry : plannedAtSupplier.getOrDefault(supplier, Map.of()).entrySet()) {
            if (!touched.contains(entry.getKey())) {
                sum += entry.getValue();
            }
        }
        return sum;
    }

    static boolean isActive(SourcingLink link) {
        return link.qualification().qualified() && link.share() > 0;
    }

    private static PartFlow compile(Part part, List<SourcingLink> links) {
        double daily = part.annualDemandUnits() / DAYS_PER_YEAR;
        double shares = links.stream().filter(RecoveryNetwork::isActive).mapToDouble(SourcingLink::share).sum();
        List<SourceFlow> active = new ArrayList<>();
        List<SourceFlow> standby = new ArrayList<>();
        double pipeline = 0;
        for (SourcingLink link : links) {
            double lead = Math.ceil(link.leadTime().days());
            Double capacity = link.capacityUnitsPerYear();
            if (isActive(link)) {
                double planned = link.share() / shares * daily;
                pipeline += planned * lead;
                boolean flexes = capacity != null && link.rampUpDays() != null;
                double rate = flexes ? Math.max(planned, capacity / DAYS_PER_YEAR) : planned;
                active.add(new SourceFlow(link, true, planned, rate, lead, flexes ? link.rampUpDays() : 0));
            } else if (capacity != null && capacity > 0) {
                Double ramp = standbyDelay(link);
                if (ramp != null) {
                    standby.add(new SourceFlow(link, false, 0, capacity / DAYS_PER_YEAR, lead, ramp));
                }
            }
        }
        active.addAll(standby);
        BigDecimal cost = part.shortageCostPerUnit().orElse(BigDecimal.ZERO);
        return new PartFlow(part, daily, part.onHandUnits(), pipeline, cost.doubleValue(), active);
    }

    /**
     * Days before a standby source ships: its ramp-up for a qualified one (unknown: not used), qualification plus
     * ramp-up (unknown: 0) for a candidate with qualification days (unknown: not used). As in the stress test.
     */
    private static Double standbyDelay(SourcingLink link) {
        if (link.qualification().qualified()) {
            return link.rampUpDays() == null ? null : link.rampUpDays().doubleValue();
        }
        Integer days = link.qualification().days();
        if (days == null) {
            return null;
        }
        return (double) days + (link.rampUpDays() == null ? 0 : link.rampUpDays());
    }
}
