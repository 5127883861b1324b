package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The total landed cost of one sourcing option: what a unit of the part costs delivered to our dock from this
 * source, and what a year costs at {@code annualUnits}.
 *
 * @param annualUnits the volume the per-year figures are computed at: the part's whole annual demand (so the options
 *                    of a part compare as "if every unit came from here")
 * @param lines       one per {@link CostItem}, in order ({@code CARBON} only with a carbon price)
 * @param emissions   transport emissions per unit
 */
public record LandedCost(SourcingLink.Key link, CountryCode origin, Route route, double annualUnits,
                         List<CostLine> lines, TransportEmissions emissions) {

    public LandedCost {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(route, "route");
        lines = List.copyOf(lines);
    }

    public Optional<CostLine> line(CostItem item) {
        return lines.stream().filter(l -> l.item() == item).findFirst();
    }

    /** True when every line is known, so the totals are the whole landed cost. */
    public boolean complete() {
        return lines.stream().allMatch(CostLine::known);
    }

    /** The lines that could not be computed. */
    public List<CostItem> missing() {
        return lines.stream().filter(l -> !l.known()).map(CostLine::item).toList();
    }

    /** Sum of the known lines per unit, EUR (a lower bound when {@link #complete()} is false). */
    public BigDecimal totalEurPerUnit() {
        return lines.stream().filter(CostLine::known).map(CostLine::eurPerUnit).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Sum of the known lines per year, EUR. */
    public BigDecimal totalEurPerYear() {
        return lines.stream().filter(CostLine::known).map(CostLine::eurPerYear).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
