package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.Objects;

/**
 * A Benelux country: transfers between two of them need no licence, Annex IV items included (Benelux free movement;
 * the Flemish authority's licensing scope, see the shipped rule data for the source and its confidence).
 */
public record BeneluxException(String id, String text, String source, Confidence confidence, CountryCode country)
        implements ExportRule {

    public BeneluxException {
        ExportRule.requireCommon(id, text, source, confidence);
        Objects.requireNonNull(country, "country");
    }
}
