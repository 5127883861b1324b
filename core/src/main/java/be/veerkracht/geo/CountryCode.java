package be.veerkracht.geo;

import java.util.Objects;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code BE} or {@code CN}, known to {@link IsoCountries}.
 *
 * <p>Geography throughout Veerkracht is keyed by this code; names and zones hang off it.
 */
public record CountryCode(String alpha2) implements Comparable<CountryCode> {

    public CountryCode {
        Objects.requireNonNull(alpha2, "alpha2");
        if (!IsoCountries.isKnown(alpha2)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + alpha2);
        }
    }

    /** Parses a code written by a user: surrounding blanks and lower case are accepted. */
    public static CountryCode parse(String text) {
        return new CountryCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(CountryCode other) {
        return alpha2.compareTo(other.alpha2);
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
