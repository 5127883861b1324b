package be.veerkracht.geo;

import java.util.Locale;
import java.util.Objects;

/** A country with its name in English, Dutch and French. */
public record Country(CountryCode code, String nameEn, String nameNl, String nameFr) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameFr, "nameFr");
    }

    /** The name in the user's language: Dutch, French, or English for any other. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nl" -> nameNl;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }
}
