package be.veerkracht.allocation;

import be.veerkracht.compliance.SourcingPermission.Verdict;
import java.util.Objects;
import java.util.Set;

/**
 * One source a part's volume may go to: a current supplier (site) or a candidate.
 *
 * @param id                         names the source within the part, e.g. {@code S01} or {@code S01/Gent}
 * @param supplierId                 the supplier, for shared supplier capacity
 * @param priceEurPerUnit            price of a delivered unit, EUR per unit, &ge; 0
 * @param capacityUnitsPerYear       the most it may be given, units per year; null: no limit beyond demand
 * @param flexCapacityUnitsPerYear   what it can make when flexing while another source is down, units per year;
 *                                   null: it does not flex (capacity or ramp-up unknown, as in the stress test)
 * @param flexDelayDays              days from another source's stop until it can flex (ramp-up; for a candidate
 *                                   qualification plus ramp-up), &ge; 0
 * @param currentShare               its share of demand today, in [0, 1] (0 for standby sources and candidates)
 * @param candidate                  true when not qualified yet
 * @param qualificationCostEurPerYear annualised one-off qualification cost, EUR per year, paid when it is used
 *                                   (0 for a qualified source)
 * @param country                    ISO alpha-2 of the producing site; null when unknown
 * @param zone                       its risk zone; null when unknown or in none
 * @param footprints                 codes of the outage footprints it produces in (kept sorted)
 * @param verdict                    the export-control answer for sending the part's technology there
 */
public record AllocationSource(String id, String supplierId, double priceEurPerUnit, Double capacityUnitsPerYear,
                               Double flexCapacityUnitsPerYear, int flexDelayDays, double currentShare,
                               boolean candidate, double qualificationCostEurPerYear, String country, String zone,
                               Set<String> footprints, Verdict verdict) {

    public AllocationSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(verdict, "verdict");
        // sorted: the LP's rows follow this order, and Set.copyOf's order changes from one JVM to the next
        footprints = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(footprints));
        Checks.nonNegative(priceEurPerUnit, "price of " + id);
        if (capacityUnitsPerYear != null) {
            Checks.nonNegative(capacityUnitsPerYear, "capacity of " + id);
        }
        if (flexCapacityUnitsPerYear != null) {
            Checks.nonNegative(flexCapacityUnitsPerYear, "flex capacity of " + id);
            // what a source is given is within what it can make when flexing: x ≤ capacity ≤ flex capacity
            capacityUnitsPerYear = capacityUnitsPerYear == null ? flexCapacityUnitsPerYear
                    : Math.min(capacityUnitsPerYear, flexCapacityUnitsPerYear);
        }
        if (flexDelayDays < 0) {
            throw new IllegalArgumentException("flex delay of " + id + " must be >= 0 days, got " + flexDelayDays);
        }
        if (!(currentShare >= 0 && currentShare <= 1)) {
            throw new IllegalArgumentException("current share of " + id + " must be in [0, 1], got " + currentShare);
        }
        Checks.nonNegative(qualificationCostEurPerYear, "qualification cost of " + id);
    }

    /**
     * A source of the single-decision mode: known price and capacity, no flex, no geography, allowed.
     */
    public static AllocationSource simple(String id, double priceEurPerUnit, double capacityUnitsPerYear) {
        return new AllocationSource(id, id, priceEurPerUnit, capacityUnitsPerYear, null, 0, 0, false, 0, null, null,
                Set.of(), Verdict.ALLOWED);
    }

    /** Whether the source delivers today (qualified, share above 0). */
    public boolean active() {
        return currentShare > 0 && !candidate;
    }
}
