package be.veerkracht.geo;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISO 3166-1 alpha-2 codes Veerkracht accepts, with their names in English, Dutch and French.
 *
 * <p>Source: the JDK's copy of ISO 3166-1 ({@link Locale#getISOCountries()}, 249 codes in JDK 17) and its CLDR
 * display names. {@code XK} (Kosovo) is added: it is a user-assigned code, not ISO, but the EU, the World Bank
 * and most ERPs use it. Zones, stability and overlays are reference data of the {@code geo} capability, not here.
 */
public final class IsoCountries {

    /** The user-assigned code for Kosovo used by the EU (not part of ISO 3166-1). */
    public static final String KOSOVO = "XK";

    private static final Set<String> CODES;

    static {
        Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add(KOSOVO);
        CODES = Collections.unmodifiableSet(codes);
    }

    private IsoCountries() {
    }

    /** True for an upper-case alpha-2 code in the list. */
    public static boolean isKnown(String alpha2) {
        return alpha2 != null && CODES.contains(alpha2);
    }

    /** All accepted codes, sorted. */
    public static Set<String> codes() {
        return CODES;
    }

    /** The country with its names in the three languages of the product. */
    public static Country country(CountryCode code) {
        Locale region = new Locale("", code.alpha2());
        return new Country(code,
                region.getDisplayCountry(Locale.ENGLISH),
                region.getDisplayCountry(new Locale("nl")),
                region.getDisplayCountry(Locale.FRENCH));
    }
}
