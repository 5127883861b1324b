package be.veerkracht.exposure;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;

/** A qualified link with a share above 0, with where it produces and the zone that puts it in. */
record ActiveSource(SourcingLink link, Supplier supplier, CountryCode origin, String zone) {

    double share() {
        return link.share();
    }

    /**
     * Units per year it could deliver: its capacity where given ("the most this supplier could deliver of this
     * part"), else its planned volume (blank capacity means no spare capacity, docs/file-format.md).
     */
    double deliverableUnits(double annualDemand) {
        Double capacity = link.capacityUnitsPerYear();
        return capacity != null ? capacity : link.share() * annualDemand;
    }
}
