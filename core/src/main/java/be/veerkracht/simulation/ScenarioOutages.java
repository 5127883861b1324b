package be.veerkracht.simulation;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which sources an event stops, and for how long: the link between the portfolio, the geography and the supply
 * model. Only active sources (qualified, share above 0) are stopped; the others are not in the model anyway.
 * Geography follows the producing country of each source ({@code origin_country}, else the supplier's country).
 */
public final class ScenarioOutages {

    private final Portfolio portfolio;
    private final ReferenceGeography geography;

    public ScenarioOutages(Portfolio portfolio, ReferenceGeography geography) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /**
     * The outages one event causes, starting on day 0.
     *
     * @throws ScenarioEventException when the event names an unknown zone, footprint, supplier or tool, a delay
     *                                footprint, or a tool whose rebuild time is unknown and not given
     */
    public ResolvedEvent resolve(ScenarioEvent event) {
        // Java 17: no pattern switch yet; the sealed interface keeps this list complete in review.
        if (event instanceof ScenarioEvent.ZoneOutage zone) {
            return zone(zone);
        }
        if (event instanceof ScenarioEvent.FootprintOutage footprint) {
            return footprint(footprint);
        }
        if (event instanceof ScenarioEvent.SupplierOutage supplier) {
            return supplier(supplier);
        }
        return tool((ScenarioEvent.ToolLoss) event);
    }

    private ResolvedEvent zone(ScenarioEvent.ZoneOutage event) {
        if (geography.zone(event.target()).isEmpty()) {
            throw new ScenarioEventException(event, "unknown zone " + event.target());
        }
        return stop(event, event.days(), link -> inZone(link.originCountry(), event.target()));
    }

    private boolean inZone(CountryCode country, String zone) {
        return country != null && geography.zoneOf(country).map(zone::equals).orElse(false);
    }

    private ResolvedEvent footprint(ScenarioEvent.FootprintOutage event) {
        Footprint footprint = geography.footprints().stream()
                .filter(candidate -> candidate.code().equals(event.target()))
                .findFirst()
                .orElseThrow(() -> new ScenarioEventException(event, "unknown footprint " + event.target()));
        if (footprint.kind() == FootprintKind.DELAY) {
            throw new ScenarioEventException(event, event.target()
                    + " is a delay footprint (a sea lane); lane delays are not modelled yet");
        }
        return stop(event, event.days(), link -> link.originCountry() != null && footprint.covers(link.originCountry()));
    }

    private ResolvedEvent supplier(ScenarioEvent.SupplierOutage event) {
        SupplierId supplier = validId(event, () -> new SupplierId(event.target()));
        if (portfolio.supplier(supplier).isEmpty()) {
            throw new ScenarioEventException(event, "unknown supplier " + event.target());
        }
        return stop(event, event.days(), link -> link.supplier().equals(supplier));
    }

    private ResolvedEvent tool(ScenarioEvent.ToolLoss event) {
        ToolId id = validId(event, () -> new ToolId(event.target()));
        Tool tool = portfolio.tools().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ScenarioEventException(event, "unknown tool " + event.target()));
        Integer days = event.daysOverride() != null ? event.daysOverride() : tool.rebuildDays();
        if (days == null) {
            throw new ScenarioEventException(event, "tool " + event.target()
                    + " has no rebuild_days; give the days, e.g. tool:" + event.target() + ":90");
        }
        return stop(event, days, link -> link.supplier().equals(tool.supplier()) && tool.parts().contains(link.part()));
    }

    /** An id the portfolio could never hold is unknown, not an internal error. */
    private static <T> T validId(ScenarioEvent event, Supplier<T> id) {
        try {
            return id.get();
        } catch (IllegalArgumentException invalid) {
            throw new ScenarioEventException(event, "unknown " + event.kind() + " " + event.target() + " ("
                    + invalid.getMessage() + ")");
        }
    }

    private ResolvedEvent stop(ScenarioEvent event, int days, Predicate<SourcingLink> hit) {
        List<PartOutage> outages = new ArrayList<>();
        for (SourcingLink link : portfolio.links()) {
            if (PartSupply.isActive(link) && hit.test(link)) {
                outages.add(new PartOutage(link.part().value(), new Outage(PartSupply.sourceId(link), 0, days)));
            }
        }
        return new ResolvedEvent(event, days, outages);
    }

    /** An outage of one source of one part. */
    public record PartOutage(String partId, Outage outage) {
    }

    /**
     * An event as applied: its duration in days (a tool's {@code rebuild_days} filled in) and the outages it causes.
     */
    public record ResolvedEvent(ScenarioEvent event, int days, List<PartOutage> outages) {
        public ResolvedEvent {
            outages = List.copyOf(outages);
        }
    }
}
