package be.veerkracht.ingest.sanctions;

import java.util.Locale;
import java.util.Map;

/**
 * The identifier types of the lists in one vocabulary: {@code passport}, {@code national-id}, {@code tax-id},
 * {@code regnumber}, {@code IMO}, {@code swift}, {@code call-sign}; any other type is kept as the list writes it,
 * lower case with single spaces. The UN writes passports in three languages ("Passport", "Numéro de passeport",
 * "Número de pasaporte").
 */
final class DocumentTypes {

    static final String PASSPORT = "passport";
    static final String NATIONAL_ID = "national-id";
    static final String TAX_ID = "tax-id";
    static final String REGISTRATION = "regnumber";
    static final String IMO = "IMO";
    static final String SWIFT = "swift";
    static final String CALL_SIGN = "call-sign";

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("passport", PASSPORT),
            Map.entry("numéro de passeport", PASSPORT),
            Map.entry("número de pasaporte", PASSPORT),
            Map.entry("national identification number", NATIONAL_ID),
            Map.entry("national id no.", NATIONAL_ID),
            Map.entry("tax id no.", TAX_ID),
            Map.entry("registration number", REGISTRATION),
            Map.entry("registration id", REGISTRATION),
            Map.entry("regnumber", REGISTRATION),
            Map.entry("imo", IMO),
            Map.entry("swift/bic", SWIFT));

    private DocumentTypes() {
    }

    static String normalise(String type) {
        if (type == null || type.isBlank()) {
            return "other";
        }
        String key = type.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return KNOWN.getOrDefault(key, key);
    }
}
