package be.veerkracht.simulation;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One part's supply situation at day 0: stock, active sources and what a unit short costs.
 *
 * @param partId                 the part, for the outcome
 * @param onHandUnits            stock at the start of day 0, units
 * @param sources                active sources (qualified, share above 0), ids unique; may be empty
 * @param shortageCostEurPerUnit what one unit of lost demand costs, EUR, exact
 */
public record PartSupply(String partId, double onHandUnits, List<SupplySource> sources,
                         BigDecimal shortageCostEurPerUnit) {

    public PartSupply {
        Objects.requireNonNull(partId, "partId");
        if (!(onHandUnits >= 0 && onHandUnits < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("on-hand stock must be a finite number >= 0, got " + onHandUnits);
        }
        sources = List.copyOf(sources);
        Set<String> ids = new HashSet<>();
        for (SupplySource source : sources) {
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException("source " + source.id() + " appears twice for part " + partId);
            }
        }
        Objects.requireNonNull(shortageCostEurPerUnit, "shortageCostEurPerUnit");
        if (shortageCostEurPerUnit.signum() < 0) {
            throw new IllegalArgumentException("shortage cost must be >= 0, got " + shortageCostEurPerUnit);
        }
    }

    /**
     * The part as the portfolio describes it. Active sources only (qualified, share above 0; candidates need the
     * qualification model, not built yet); lead times rounded up to whole days (a shipment is not received before
     * it arrives); an unknown ramp-up means the source does not flex (no guess); the cost of a unit short is the
     * shortage cost, else the margin, else 0 (the loss is then counted in units only).
     */
    public static PartSupply fromPortfolio(Part part, List<SourcingLink> links) {
        List<SupplySource> sources = links.stream()
                .filter(link -> link.part().equals(part.id()))
                .filter(PartSupply::isActive)
                .map(PartSupply::source)
                .toList();
        return new PartSupply(part.id().value(), part.onHandUnits(), sources,
                part.shortageCostPerUnit().orElse(BigDecimal.ZERO));
    }

    /** Whether the supply model uses this link: qualified, share above 0 (candidates wait for qualification). */
    public static boolean isActive(SourcingLink link) {
        return link.qualification().qualified() && link.share() > 0;
    }

    /** The id the model gives the link's source, which outages refer to: the supplier, or supplier/site. */
    public static String sourceId(SourcingLink link) {
        return link.site() == null ? link.supplier().value() : link.supplier().value() + "/" + link.site();
    }

    private static SupplySource source(SourcingLink link) {
        String id = sourceId(link);
        int leadTimeDays = (int) Math.ceil(link.leadTime().days());
        boolean flexKnown = link.rampUpDays() != null;
        return new SupplySource(id, link.share(), leadTimeDays,
                flexKnown ? link.capacityUnitsPerYear() : null, flexKnown ? link.rampUpDays() : 0);
    }

    /** Units in transit at day 0 when the pipeline is full: Σ share · mean daily demand · lead time. */
    public double fullPipelineUnits(double meanDailyDemandUnits) {
        double units = 0;
        for (SupplySource source : sources) {
            units += source.plannedUnitsPerDay(meanDailyDemandUnits) * source.leadTimeDays();
        }
        return units;
    }
}
