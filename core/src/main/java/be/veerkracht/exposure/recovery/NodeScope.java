package be.veerkracht.exposure.recovery;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.SourcingLink;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A disrupted node with the links it stops and its time to recover.
 *
 * @param stops    whether a link is inside the node (it then delivers nothing for {@code ttr} days)
 * @param supplier the supplier of a supplier or site node, null for an area: where to look for its links
 * @param countries the producing countries of a footprint or zone, empty for a supplier or site
 * @param ttrDays  time to recover, days
 * @param ttrBasis where it comes from, in English
 * @param catalogued false for a footprint or zone the event catalogue has no event for: a what-if, listed but
 *                   proposing no action (a 180-day stop of the home market would make every action "leave it")
 */
record NodeScope(DisruptedNode node, Predicate<SourcingLink> stops, String supplier, Set<CountryCode> countries,
                 double ttrDays, String ttrBasis, boolean catalogued) {
}
