package be.veerkracht.simulation;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A what-if without randomness: the given events all start on day 0, demand is steady at its mean, and every part
 * goes through the {@link ReferenceSupplySimulator} (the exact oracle: a named scenario is one run per part, so
 * speed does not matter yet). Parts none of whose sources is stopped are not simulated: without an outage a part
 * in steady state loses nothing.
 *
 * <p>Cost: O(parts with an outage × horizon × (sources + outages)).
 */
public final class NamedScenario {

    /**
     * Lost units below this are floating-point residue of the daily sums, not a shortage anyone would see; such a
     * part is not listed (its loss in EUR rounds to 0 at any realistic unit cost).
     */
    static final double RESIDUE_UNITS = 1e-6;

    /** The rules behind every result, from docs/stress-test.md; shown with it so a reader can judge the number. */
    public static final List<String> ASSUMPTIONS = List.of(
            "All events start on day 0; demand is steady at annual demand / 365 per day (no noise).",
            "Each day: receive what arrives, serve demand from stock (the unserved rest is lost, no backorders),"
                    + " then order.",
            "Day 0 starts with the part's on-hand stock and a full pipeline: goods already in transit still arrive,"
                    + " even from a source that is down.",
            "Replenishment is base-stock: order up to the starting position (stock + full pipeline).",
            "An order to a down source is not placed (lost, not queued); the gap is re-ordered the next day to the"
                    + " sources that are up.",
            "Sources still up flex to their capacity_units_per_year after their ramp_up_days; blank capacity or"
                    + " ramp-up means no flex.",
            "Active sources (qualified, share above 0) deliver their share; standby sources with a capacity (qualified"
                    + " with share 0, or candidates with qualification_days) take orders only while another source is"
                    + " down, after their ramp_up_days (candidates: qualification_days + ramp_up_days, counted from the"
                    + " first day down).",
            "Lead times are rounded up to whole days; a closed sea lane adds its delay_days (rounded up) to every"
                    + " shipment passing it that is shipped while it is closed (by sea or mode not given); goods"
                    + " already at sea are not delayed.",
            "An event's days are the whole stoppage: recovery_days are not added on top.",
            "Several events on one source: their outage windows are merged.",
            "A lost tool stops its supplier's sources of the tool's parts for rebuild_days (or the days given).",
            "Lost units are valued at shortage_cost_eur_per_unit, else margin_eur_per_unit, else 0.");

    private final ReferenceGeography geography;

    public NamedScenario(ReferenceGeography geography) {
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /**
     * Runs the events over every part for {@code horizonDays} days (day 0 … horizon−1).
     *
     * @throws ScenarioEventException when an event cannot apply (unknown code, delay footprint, unknown rebuild time)
     */
    public ScenarioResult run(Portfolio portfolio, List<ScenarioEvent> events, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        ScenarioOutages outages = new ScenarioOutages(portfolio, geography);
        List<ScenarioOutages.ResolvedEvent> resolved = new ArrayList<>();
        Map<String, List<Outage>> byPart = new LinkedHashMap<>();
        Map<String, List<ShipmentDelay>> delaysByPart = new LinkedHashMap<>();
        for (ScenarioEvent event : events) {
            ScenarioOutages.ResolvedEvent applied = outages.resolve(event);
            resolved.add(applied);
            applied.outages().forEach(hit ->
                    byPart.computeIfAbsent(hit.partId(), id -> new ArrayList<>()).add(hit.outage()));
            applied.delays().forEach(hit ->
                    delaysByPart.computeIfAbsent(hit.partId(), id -> new ArrayList<>()).add(hit.delay()));
        }
        BigDecimal total = BigDecimal.ZERO;
        List<PartLoss> losses = new ArrayList<>();
        // Portfolio order (not map order) so the total is summed the same way on every run.
        for (Part part : portfolio.parts()) {
            List<Outage> hits = byPart.getOrDefault(part.id().value(), List.of());
            List<ShipmentDelay> delays = delaysByPart.getOrDefault(part.id().value(), List.of());
            if (hits.isEmpty() && delays.isEmpty()) {
                continue;
            }
            PartLoss loss = PartLoss.of(simulate(portfolio, part, hits, delays, horizonDays));
            total = total.add(loss.lossEur());
            if (loss.lossEur().signum() > 0 || loss.lostUnits() > RESIDUE_UNITS) {
                losses.add(loss);
            }
        }
        losses.sort(Comparator.comparing(PartLoss::lossEur).reversed().thenComparing(PartLoss::partId));
        return new ScenarioResult(resolved, horizonDays, total, losses, ASSUMPTIONS);
    }

    private static SupplyOutcome simulate(Portfolio portfolio, Part part, List<Outage> hits,
                                          List<ShipmentDelay> delays, int horizonDays) {
        PartSupply supply = PartSupply.fromPortfolio(part, portfolio.linksOf(part.id()));
        SteadyDemand demand = SteadyDemand.fromAnnual(part.annualDemandUnits());
        ReplenishmentPolicy policy = BaseStockPolicy.keepingStartingPosition(supply, demand.meanUnitsPerDay());
        DisruptionSchedule schedule = new DisruptionSchedule(hits.isEmpty() ? hits : OutageWindows.merge(hits), delays);
        return new ReferenceSupplySimulator(supply, policy).run(demand, schedule, horizonDays, false);
    }
}
