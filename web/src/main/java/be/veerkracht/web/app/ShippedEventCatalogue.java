package be.veerkracht.web.app;

import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.simulation.events.EventCatalogue;
import java.util.function.Supplier;

/**
 * The shipped event catalogue ({@code EventCatalogueLoader.shipped()}), read on first use and kept: what the stress
 * test, the tooling register and the volume splits of the web application draw their events from.
 */
public final class ShippedEventCatalogue implements Supplier<EventCatalogue> {

    private volatile EventCatalogue loaded;

    @Override
    public EventCatalogue get() {
        EventCatalogue known = loaded;
        if (known == null) {
            known = EventCatalogueLoader.shipped();
            loaded = known;
        }
        return known;
    }
}
