package be.veerkracht.simulation.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The events a Monte Carlo stress test draws from: how often each happens and how long it lasts, with the source of
 * every number. Data, user-editable (the shipped catalogue and the override rules are in
 * {@code docs/stress-test.md}); immutable here.
 *
 * <p>Keys are unique: one rate per (supplier event, band) and per (supplier event, supplier), one per footprint, one
 * per global event. A supplier's own rate replaces its band's rate for that event.
 */
public record EventCatalogue(String version, List<SupplierEventRate> supplierEvents,
                             List<FootprintEventRate> footprintEvents, List<GlobalEventRate> globalEvents) {

    public EventCatalogue {
        Objects.requireNonNull(version, "version");
        supplierEvents = List.copyOf(supplierEvents);
        footprintEvents = List.copyOf(footprintEvents);
        globalEvents = List.copyOf(globalEvents);
        Set<String> keys = new HashSet<>();
        for (SupplierEventRate rate : supplierEvents) {
            unique(keys, "supplier " + rate.event() + " " + rate.appliesTo());
        }
        for (FootprintEventRate rate : footprintEvents) {
            unique(keys, "footprint " + rate.event());
        }
        for (GlobalEventRate rate : globalEvents) {
            unique(keys, "global " + rate.event());
        }
    }

    private static void unique(Set<String> keys, String key) {
        if (!keys.add(key)) {
            throw new IllegalArgumentException("the event catalogue has " + key + " twice");
        }
    }

    /** Every rate, supplier events first, then footprints, then global events: the order results list them. */
    public List<EventRate> all() {
        List<EventRate> all = new ArrayList<>(supplierEvents);
        all.addAll(footprintEvents);
        all.addAll(globalEvents);
        return List.copyOf(all);
    }

    /** The supplier events' codes, in catalogue order, each once. */
    public List<String> supplierEventCodes() {
        return supplierEvents.stream().map(SupplierEventRate::event).distinct().toList();
    }

    /**
     * The rate of {@code event} for a site of {@code supplier} in a country of {@code band}: the supplier's own row if
     * there is one, else the band's; empty when neither exists (the event does not happen there).
     */
    public Optional<SupplierEventRate> supplierRate(String event, be.veerkracht.portfolio.SupplierId supplier,
                                                    StabilityBand band) {
        Optional<SupplierEventRate> own = supplierEvents.stream()
                .filter(rate -> rate.event().equals(event) && supplier.equals(rate.supplier()))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return supplierEvents.stream()
                .filter(rate -> rate.event().equals(event) && rate.stability() == band)
                .findFirst();
    }
}
