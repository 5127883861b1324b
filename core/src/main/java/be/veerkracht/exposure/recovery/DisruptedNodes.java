package be.veerkracht.exposure.recovery;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The nodes to disrupt, each with its time to recover (TTR):
 * <ul>
 *   <li>every supplier with an active source; every named site ({@code SUPPLIER/site}) of one;</li>
 *   <li>every outage footprint of the reference geography that is not a zone and covers an active source;</li>
 *   <li>every zone that holds an active source.</li>
 * </ul>
 * TTR of a supplier or site: the longest {@code recovery_days} of its active links; else the longest
 * {@code rebuild_days} of its tools that make a part it supplies; else the event catalogue's {@code FIRE} median for
 * the stability band of its producing countries (the longest); else {@link #DEFAULT_SUPPLIER_TTR_DAYS}. TTR of a
 * footprint or zone: the catalogue's median for it; else {@link #DEFAULT_AREA_TTR_DAYS}.
 */
final class DisruptedNodes {

    /** TTR of a supplier when nothing else is known and the catalogue has no FIRE rate: the FIRE median, days. */
    static final double DEFAULT_SUPPLIER_TTR_DAYS = 90;
    /** TTR of a footprint or zone without a catalogue rate: the TAIWAN_STRAIT and BLACK_SEA medians, days. */
    static final double DEFAULT_AREA_TTR_DAYS = 180;

    private static final String FIRE = "FIRE";

    private final Portfolio portfolio;
    private final ReferenceGeography geography;
    private final EventCatalogue catalogue;

    DisruptedNodes(Portfolio portfolio, ReferenceGeography geography, EventCatalogue catalogue) {
        this.portfolio = portfolio;
        this.geography = geography;
        this.catalogue = catalogue;
    }

    List<NodeScope> all() {
        List<SourcingLink> active = portfolio.links().stream().filter(RecoveryNetwork::isActive).toList();
        List<NodeScope> nodes = new ArrayList<>();
        Map<String, List<SourcingLink>> bySupplier = new HashMap<>();
        Map<String, List<SourcingLink>> bySite = new LinkedHashMap<>();
        for (SourcingLink link : active) {
            bySupplier.computeIfAbsent(link.supplier().value(), s -> new ArrayList<>()).add(link);
            if (link.site() != null) {
                bySite.computeIfAbsent(link.supplier().value() + "/" + link.site(), s -> new ArrayList<>()).add(link);
            }
        }
        for (Supplier supplier : portfolio.suppliers()) {
            String id = supplier.id().value();
            Predicate<SourcingLink> stops = l -> l.supplier().value().equals(id);
            if (bySupplier.containsKey(id)) {
                nodes.add(supplierNode(new DisruptedNode(id, NodeKind.SUPPLIER), stops, bySupplier.get(id)));
            }
        }
        for (Map.Entry<String, List<SourcingLink>> site : bySite.entrySet()) {
            String id = site.getKey();
            Predicate<SourcingLink> stops = l -> l.site() != null && id.equals(l.supplier().value() + "/" + l.site());
            nodes.add(supplierNode(new DisruptedNode(id, NodeKind.SITE), stops, site.getValue()));
        }
        for (Footprint footprint : geography.footprints()) {
            if (footprint.kind() != FootprintKind.OUTAGE || geography.zone(footprint.code()).isPresent()) {
                continue;
            }
            Predicate<SourcingLink> stops = l -> footprint.covers(l.originCountry());
            if (active.stream().anyMatch(stops)) {
                nodes.add(areaNode(new DisruptedNode(footprint.code(), NodeKind.FOOTPRINT), stops,
                        footprint.countries()));
            }
        }
        for (Zone zone : geography.zones()) {
            Predicate<SourcingLink> stops = l -> geography.zoneOf(l.originCountry()).orElse("").equals(zone.code());
            if (active.stream().anyMatch(stops)) {
                Set<CountryCode> countries = new HashSet<>();
                geography.countries().stream().filter(c -> c.zone().equals(zone.code()))
                        .forEach(c -> countries.add(c.code()));
                nodes.add(areaNode(new DisruptedNode(zone.code(), NodeKind.ZONE), stops, countries));
            }
        }
        return nodes;
    }

    private NodeScope supplierNode(DisruptedNode node, Predicate<SourcingLink> stops, List<SourcingLink> links) {
        String supplier = links.get(0).supplier().value();
        Optional<Integer> recovery = links.stream().map(SourcingLink::recoveryDays).filter(Objects::nonNull)
                .max(Integer::compare);
        if (recovery.isPresent()) {
            return new NodeScope(node, stops, supplier, Set.of(), recovery.get(), "longest recovery_days of its links",
                    true);
        }
        Set<String> parts = new LinkedHashSet<>();
        links.forEach(l -> parts.add(l.part().value()));
        Optional<Tool> tool = portfolio.tools().stream()
                .filter(t -> t.supplier().value().equals(supplier) && t.rebuildDays() != null)
                .filter(t -> t.parts().stream().anyMatch(p -> parts.contains(p.value())))
                .max(java.util.Comparator.comparing(Tool::rebuildDays));
        if (tool.isPresent()) {
            return new NodeScope(node, stops, supplier, Set.of(), tool.get().rebuildDays(),
                    "tool " + tool.get().id().value() + " rebuild_days", true);
        }
        SupplierEventRate longest = null;
        for (SourcingLink link : links) {
            StabilityBand band = StabilityBand.of(geography.country(link.originCountry())
                    .map(CountryProfile::stabilityPercentile).orElse(null));
            Optional<SupplierEventRate> rate = catalogue.supplierRate(FIRE, link.supplier(), band);
            if (rate.isPresent() && (longest == null
                    || rate.get().duration().medianDays() > longest.duration().medianDays())) {
                longest = rate.get();
            }
        }
        if (longest != null) {
            return new NodeScope(node, stops, supplier, Set.of(), longest.duration().medianDays(),
                    "event catalogue FIRE median (" + longest.appliesTo() + ")", true);
        }
        return new NodeScope(node, stops, supplier, Set.of(), DEFAULT_SUPPLIER_TTR_DAYS,
                "default " + (int) DEFAULT_SUPPLIER_TTR_DAYS + " days: no FIRE rate in the event catalogue", true);
    }

    private NodeScope areaNode(DisruptedNode node, Predicate<SourcingLink> stops, Set<CountryCode> countries) {
        Optional<FootprintEventRate> rate = catalogue.footprintEvents().stream()
                .filter(r -> r.event().equals(node.id())).findFirst();
        if (rate.isPresent()) {
            return new NodeScope(node, stops, null, countries, rate.get().duration().medianDays(),
                    "event catalogue " + node.id() + " median", true);
        }
        return new NodeScope(node, stops, null, countries, DEFAULT_AREA_TTR_DAYS, "default " + (int) DEFAULT_AREA_TTR_DAYS
                + " days (the TAIWAN_STRAIT and BLACK_SEA medians): no " + node.id() + " event in the catalogue",
                false);
    }
}
