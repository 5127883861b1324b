package be.veerkracht.ingest.schema;

import java.util.Locale;

/**
 * Header text as users really write it, mapped to the schema's column names: {@code "Lead time days"},
 * {@code "lead-time-days"} and {@code "lead_time_days*"} (copied from the template's help) all mean
 * {@code lead_time_days}. The reader matches headers by it; the writers check extra columns against it.
 */
public final class HeaderName {

    private HeaderName() {
    }

    /** The schema column name a header means (an unknown header gives its own normalised form). */
    public static String normalise(String header) {
        String name = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1).strip();
        }
        if (name.endsWith("*")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.replaceAll("[\\s\\-]+", "_");
    }
}
