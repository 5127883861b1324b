package be.veerkracht.web.sourcing;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.TransportReferenceLoader;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.sourcing.landed.DutyRates;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.LandedCostCalculator;
import be.veerkracht.sourcing.landed.LandedCostSettings;
import be.veerkracht.sourcing.landed.Routes;
import be.veerkracht.sourcing.landed.ShortChainComparison;
import be.veerkracht.sourcing.landed.TransportReference;
import be.veerkracht.sourcing.landed.UpstreamTransportEmissions;
import be.veerkracht.web.api.LandedCostDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The landed cost and transport emissions of the web: the shipped transport tables
 * ({@link TransportReferenceLoader#shipped()}), no duty rates (the duty line is unknown until the user gives the
 * part's rate on the command line, {@code veerkracht landed-cost --duty-rates}), and the default settings
 * ({@link LandedCostSettings#defaults()}: carrying 20 % a year, service level 95 %, EUR 100 an order, no carbon
 * price), as {@code veerkracht landed-cost} without options (docs/landed-cost.md).
 */
public final class PartLandedCosts {

    private final ReferenceGeography geography;
    private final TransportReference transport;
    private final LandedCostSettings settings = LandedCostSettings.defaults();

    public PartLandedCosts(ReferenceGeography geography) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.transport = TransportReferenceLoader.shipped();
    }

    /** One part's options with the near-versus-far comparison when it has one. */
    public record PartOptions(List<LandedCost> options, Optional<ShortChainComparison> comparison) {
        public PartOptions {
            options = List.copyOf(options);
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** The part's options, or empty for a part the portfolio does not have. */
    public Optional<PartOptions> of(Portfolio portfolio, String partId) {
        PartId id = new PartId(partId);
        if (portfolio.part(id).isEmpty()) {
            return Optional.empty();
        }
        List<LandedCost> options = new LandedCostCalculator(geography, transport, DutyRates.none(), settings)
                .options(portfolio, id);
        return Optional.of(new PartOptions(options, ShortChainComparison.of(options)));
    }

    /** The Scope 3 category 4 estimate of a portfolio. */
    public UpstreamTransportEmissions emissions(Portfolio portfolio) {
        return UpstreamTransportEmissions.estimate(portfolio, new Routes(transport));
    }

    /** Where the figures come from, for the JSON and the page. */
    public LandedCostDocument.Sources sources() {
        return new LandedCostDocument.Sources(geography.version(), transport.version(), null, 0);
    }

    public LandedCostSettings settings() {
        return settings;
    }

    public TransportReference transport() {
        return transport;
    }
}
