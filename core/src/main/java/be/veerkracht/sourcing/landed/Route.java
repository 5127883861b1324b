package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.TransportMode;

/**
 * How one link's goods travel to Antwerp, as far as it is known.
 *
 * @param mode         the mode; null when neither the link nor the reference gives one
 * @param modeAssumed  true when the mode is the country's main mode, not the link's
 * @param km           the distance; null when unknown
 * @param distanceNote where the distance comes from, or why it is missing
 */
public record Route(TransportMode mode, boolean modeAssumed, Double km, String distanceNote) {
}
