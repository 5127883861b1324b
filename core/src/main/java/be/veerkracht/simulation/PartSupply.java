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
 * @param sources                active sources (share above 0), then standby ones (share 0), ids unique; may be empty
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
     * The part as the portfolio describes it: its active sources (qualified, share above 0), then its standby
     * sources ({@link #isStandby}) with share 0. Active shares are normalised to sum to 1. Lead times rounded up to whole days (a shipment is not received
     * before it arrives); an unknown ramp-up means an active source does not flex (no guess); the cost of a unit
     * short is the shortage cost, else the margin, else 0 (the loss is then counted in units only).
     */
    public static PartSupply fromPortfolio(Part part, List<SourcingLink> links) {
        List<SourcingLink> own = links.stream().filter(link -> link.part().equals(part.id())).toList();
        List<SupplySource> sources = new java.util.ArrayList<>();
        // Shares are normalised over the active sources: the file allows a sum of 0.999 (33.3 % × 3), and a plan that
        // places less than the demand would run the part dry in normal operation.
        double activeShares = 0;
        for (SourcingLink link : own) {
            if (isActive(link)) {
                activeShares += link.share();
            }
        }
        for (SourcingLink link : own) {
            if (isActive(link)) {
                sources.add(source(link, link.share() / activeShares));
            }
        }
        own.stream().filter(PartSupply::isStandby).map(PartSupply::standbySource).forEach(sources::add);
        return new PartSupply(part.id().value(), part.onHandUnits(), sources,
                part.shortageCostPerUnit().orElse(BigDecimal.ZERO));
    }

    /** Whether the link delivers in normal operation: qualified, share above 0. */
    public static boolean isActive(SourcingLink link) {
        return link.qualification().qualified() && link.share() > 0;
    }

    /**
     * Whether the link can stand in while another source is down: it has a capacity and either is qualified without
     * a share (usable after its {@code ramp_up_days}, which must be known) or is a candidate with known
     * {@code qualification_days} (usable after those plus its ramp-up, blank ramp-up counting as 0). A candidate
     * without qualification days, or a link without capacity, is not in the model (no guess).
     */
    public static boolean isStandby(SourcingLink link) {
        if (isActive(link) || link.capacityUnitsPerYear() == null) {
            return false;
        }
        return link.qualification().qualified() ? link.rampUpDays() != null : link.qualification().days() != null;
    }

    /** Whether the supply model holds the link at all: active or standby. Outages stop these. */
    public static boolean inModel(SourcingLink link) {
        return isActive(link) || isStandby(link);
    }

    /** The id the model gives the link's source, which outages refer to: the supplier, or supplier/site. */
    public static String sourceId(SourcingLink link) {
        return link.site() == null ? link.supplier().value() : link.supplier().value() + "/" + link.site();
    }

    private static SupplySource source(SourcingLink link, double share) {
        String id = sourceId(link);
        int leadTimeDays = (int) Math.ceil(link.leadTime().days());
        boolean flexKnown = link.rampUpDays() != null;
        return new SupplySource(id, Math.min(1.0, share), leadTimeDays,
                flexKnown ? link.capacityUnitsPerYear() : null, flexKnown ? link.rampUpDays() : 0);
    }

    private static SupplySource standbySource(SourcingLink link) {
        int rampUp = link.rampUpDays() == null ? 0 : link.rampUpDays();
        int qualification = link.qualification().qualified() ? 0 : link.qualification().days();
        return new SupplySource(sourceId(link), 0, (int) Math.ceil(link.leadTime().days()),
                link.capacityUnitsPerYear(), qualification + rampUp);
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
