package be.veerkracht.web.map;

import java.util.List;
import java.util.Objects;

/**
 * One way to colour the countries, as the page's overlay choice offers it, with its legend.
 *
 * @param code       {@code zone}, {@code stability}, {@code trade}, {@code arms_embargo} or {@code footprint:CODE};
 *                   also the key of the country's value for it
 * @param label      in the visitor's language
 * @param categories for a categorical overlay, every value with its label and colour; empty for a range
 * @param range      for a numeric overlay, its scale; null for a categorical one
 */
public record MapOverlay(String code, String label, List<Category> categories, Range range) {

    public static final String ZONE = "zone";
    public static final String STABILITY = "stability";
    public static final String TRADE = "trade";
    public static final String ARMS_EMBARGO = "arms_embargo";
    public static final String FOOTPRINT_PREFIX = "footprint:";

    /** Colour of a country the reference data has no value for (e.g. stability outside the 41 WGI countries). */
    public static final String NO_DATA_COLOUR = "#d0d0d0";

    public MapOverlay {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        categories = List.copyOf(categories);
        if (categories.isEmpty() == (range == null)) {
            throw new IllegalArgumentException("an overlay has either categories or a range: " + code);
        }
    }

    public boolean isFootprint() {
        return code.startsWith(FOOTPRINT_PREFIX);
    }

    /** A value of a categorical overlay, e.g. zone {@code CN_SPHERE}, with its label and {@code #rrggbb} colour. */
    public record Category(String code, String label, String colour) {
    }

    /**
     * A numeric scale, coloured from {@code colours[0]} at {@code min} to the last at {@code max}, evenly spaced.
     *
     * @param unit what the numbers are, for machines (e.g. {@code percentile})
     */
    public record Range(double min, double max, String unit, List<String> colours, String minLabel,
                        String maxLabel) {
        public Range {
            colours = List.copyOf(colours);
        }
    }
}
