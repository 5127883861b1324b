package be.veerkracht.simulation;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
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
 * Which sources an event stops or delays, and for how long: the link between the portfolio, the geography and the
 * supply model. Only sources in the model ({@link PartSupply#inModel}: active or standby) are touched. Geography
 * follows the producing country of each source ({@code origin_country}, else the supplier's country). A lane delays
 * the sources whose producing country's sea freight passes it ({@code sea_lanes} of the reference data) and that
 * ship by sea (transport mode {@code sea}, or not given).
 */
public final class ScenarioOutages {

    private final Portfolio portfolio;
    private final ReferenceGeography geography;

    public ScenarioOutages(Portfolio portfolio, ReferenceGeography geography) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /**
     * The outages or delays one event causes, starting on day 0.
     *
     * @throws ScenarioEventException when the event names an unknown zone, footprint, lane, supplier or tool, or a
     *                                tool whose rebuild time is unknown and not given
     */
    public ResolvedEvent resolve(ScenarioEvent event) {
        if (event instanceof ScenarioEvent.LaneClosure lane) {
            return lane(lane.target(), lane);
        }
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
            return lane(footprint.code(), event);
        }
        return stop(event, event.days(), link -> link.originCountry() != null && footprint.covers(link.originCountry()));
    }

    private ResolvedEvent lane(String code, ScenarioEvent event) {
        Footprint lane = geography.footprints().stream()
                .filter(candidate -> candidate.code().equals(code) && candidate.kind() == FootprintKind.DELAY)
                .findFirst()
                .orElseThrow(() -> new ScenarioEventException(event, "unknown sea lane " + code + " (lanes: "
                        + String.join(", ", laneCodes()) + ")"));
        int extra = (int) Math.ceil(lane.delayDays());
        int days = event.statedDays();
        List<PartDelay> delays = new ArrayList<>();
        for (SourcingLink link : portfolio.links()) {
            if (PartSupply.inModel(link) && passes(link, code)) {
                delays.add(new PartDelay(link.part().value(),
                        new ShipmentDelay(PartSupply.sourceId(link), 0, days, extra)));
            }
        }
        return new ResolvedEvent(event, days, List.of(), delays);
    }

    private List<String> laneCodes() {
        return geography.footprints().stream().filter(f -> f.kind() == FootprintKind.DELAY).map(Footprint::code)
                .toList();
    }

    /** Whether the link's sea freight passes the lane: by sea (or mode not given) from a country whose lanes hold it. */
    private boolean passes(SourcingLink link, String lane) {
        boolean bySea = link.transportMode() == null || link.transportMode() == TransportMode.SEA;
        return bySea && link.originCountry() != null && geography.country(link.originCountry())
                .map(profile -> profile.seaLanes().contains(lane)).orElse(false);
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
            if (PartSupply.inModel(link) && hit.test(link)) {
                outages.add(new PartOutage(link.part().value(), new Outage(PartSupply.sourceId(link), 0, days)));
            }
        }
        return new ResolvedEvent(event, days, outages, List.of());
    }

    /** An outage of one source of one part. */
    public record PartOutage(String partId, Outage outage) {
    }

    /** A delay of the shipments of one source of one part. */
    public record PartDelay(String partId, ShipmentDelay delay) {
    }

    /**
     * An event as applied: its duration in days (a tool's {@code rebuild_days} filled in) and the outages or delays it
     * causes.
     */
    public record ResolvedEvent(ScenarioEvent event, int days, List<PartOutage> outages, List<PartDelay> delays) {
        public ResolvedEvent {
            outages = List.copyOf(outages);
            delays = List.copyOf(delays);
        }

        /** Sources stopped or delayed. */
        public int sourcesTouched() {
            return outages.size() + delays.size();
        }
    }
}
