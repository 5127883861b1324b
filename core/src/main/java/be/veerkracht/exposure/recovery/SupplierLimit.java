package be.veerkracht.exposure.recovery;

/**
 * What is left of a supplier's stated capacity for the parts a node touches: its capacity rate minus the planned rate
 * of the parts the node does not touch (they keep buying there), at least 0, over the days τ = max(0, t − L) in which
 * its shipments still arrive by t (L: the shortest lead time of its surviving links in the component).
 *
 * @param supplier  supplier id
 * @param rate      units per day left for the touched parts
 * @param leadDays  L, days
 */
record SupplierLimit(String supplier, double rate, double leadDays) {

    double available(double t) {
        return rate * Math.max(0, t - leadDays);
    }

    double slopeAfter(double t) {
        return t < leadDays ? 0 : rate;
    }
}
