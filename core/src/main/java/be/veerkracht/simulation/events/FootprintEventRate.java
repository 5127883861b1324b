package be.veerkracht.simulation.events;

import java.util.Objects;

/**
 * An event of a footprint of the reference geography: an outage footprint (conflict, lockdown; a zone counts as
 * one) stops every source producing inside it; a delay footprint (a sea lane) adds its {@code delay_days} to every
 * shipment passing it while it lasts.
 *
 * @param event the footprint's code, e.g. {@code TAIWAN_STRAIT}, {@code RED_SEA_SUEZ}, {@code CN_SPHERE}
 */
public record FootprintEventRate(String event, double annualRate, DurationDistribution duration, String source)
        implements EventRate {

    public FootprintEventRate {
        Objects.requireNonNull(event, "event");
        EventRate.checkedRate(annualRate, event);
        Objects.requireNonNull(duration, "duration");
        source = source == null ? "" : source;
    }
}
