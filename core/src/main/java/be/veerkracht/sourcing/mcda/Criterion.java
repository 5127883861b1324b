package be.veerkracht.sourcing.mcda;

import java.util.Objects;

/**
 * One column of a decision matrix.
 *
 * @param name   e.g. {@code transit_days}
 * @param type   benefit or cost
 * @param unit   e.g. {@code days}, {@code index}, {@code 0..10}; empty when the user gave none
 * @param source where the values come from, e.g. a publication and date or "user-supplied"; empty when unknown
 */
public record Criterion(String name, CriterionType type, String unit, String source) {

    public Criterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a name");
        }
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }

    public static Criterion of(String name, CriterionType type) {
        return new Criterion(name, type, "", "");
    }
}
