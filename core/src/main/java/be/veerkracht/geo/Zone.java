package be.veerkracht.geo;

import java.util.Locale;
import java.util.Objects;

/**
 * A geopolitical zone (sphere of influence) built from citable memberships: a second source in the same zone is
 * false security.
 *
 * @param code   e.g. {@code EU_SINGLE_MARKET}, {@code CN_SPHERE}
 * @param source the memberships it is built from
 */
public record Zone(String code, String nameEn, String nameNl, String nameFr, String source) {

    public Zone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameFr, "nameFr");
        source = source == null ? "" : source;
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nl" -> nameNl;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }
}
