package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.events.EventRate;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.GlobalEventRate;
import be.veerkracht.simulation.events.SupplierEventRate;

/**
 * One rate of the event catalogue as a stress test used it: the number, where it comes from, and what it hit in this
 * portfolio, so a reader can see which assumption drives which part of the result.
 *
 * @param appliesTo     {@code stability:HIGH}, {@code supplier:S01}, a footprint code, or {@code *}
 * @param extraDays     days a delay adds to each shipment (after rounding up); 0 for an outage
 * @param streams       independent event streams it became (a supplier event: one per site in that band)
 * @param sourcesHit    part-source links those streams stop or delay
 */
public record EventAssumption(String event, EventScope scope, String appliesTo, double annualRate,
                              double medianDays, double p90Days, int extraDays, boolean usesRecoveryDays,
                              String source, int streams, int sourcesHit) {

    static EventAssumption of(EventRate rate, int extraDays, int streams, int sourcesHit) {
        EventScope scope;
        String appliesTo;
        boolean recovery = false;
        if (rate instanceof SupplierEventRate supplier) {
            scope = EventScope.SUPPLIER;
            appliesTo = supplier.appliesTo();
            recovery = supplier.usesRecoveryDays();
        } else if (rate instanceof FootprintEventRate) {
            scope = EventScope.FOOTPRINT;
            appliesTo = rate.event();
        } else {
            scope = EventScope.GLOBAL;
            appliesTo = "*";
            extraDays = (int) Math.ceil(((GlobalEventRate) rate).delayDays());
        }
        return new EventAssumption(rate.event(), scope, appliesTo, rate.annualRate(), rate.duration().medianDays(),
                rate.duration().p90Days(), extraDays, recovery, rate.source(), streams, sourcesHit);
    }
}
