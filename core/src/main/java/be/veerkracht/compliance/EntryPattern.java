package be.veerkracht.compliance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A set of Annex I codes written as the start of a code, as the rule data writes exclusions and Annex IV entries:
 * {@code 0} (all of category 0), {@code 5A} (a category's group), {@code 9A1} (a regime's entries of a group),
 * {@code 1C012} (an entry with all its sub-items) or {@code 5A001.b.5} (one sub-item and what lies below it).
 *
 * <p>Two tests: {@link #covers} (the code lies within the pattern) for rules that permit, and {@link #overlaps}
 * (the code lies within the pattern, or the code is coarser than the pattern, so the item may lie within it) for
 * rules that restrict. An item classified only to {@code 5A001} may be a {@code 5A001.b.5} item; a restriction on
 * {@code 5A001.b.5} is then applied, and the engine asks for a finer classification.
 *
 * @param prefix the pattern as written, e.g. {@code 5A001.b.5}
 */
public record EntryPattern(String prefix) {

    /** Category; group; up to three digits; sub-items only after a full entry. */
    public static final Pattern SYNTAX =
            Pattern.compile("[0-9]([A-E]([0-9]{1,3}|[0-9]{3}(\\.([a-z]{1,2}|[0-9]{1,2}))+)?)?");

    public EntryPattern {
        Objects.requireNonNull(prefix, "prefix");
        if (!SYNTAX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("not an Annex I code or the start of one (e.g. 0, 5A, 1C012, "
                    + "5A001.b.5): " + prefix);
        }
    }

    /** Reads a pattern as a person writes it: {@code 5a001.B.5} is {@code 5A001.b.5}. */
    public static EntryPattern parse(String text) {
        String stripped = Objects.requireNonNull(text, "text").strip();
        int split = Math.min(2, stripped.length());
        return new EntryPattern(stripped.substring(0, split).toUpperCase(java.util.Locale.ROOT)
                + stripped.substring(split).toLowerCase(java.util.Locale.ROOT));
    }

    /** True when {@code code} lies within this pattern ({@code 5A001.b.5.a} within {@code 5A001.b.5}). */
    public boolean covers(DualUseCode code) {
        String text = code.code();
        if (prefix.length() < DualUseCode.ENTRY_LENGTH) {
            return text.startsWith(prefix);
        }
        return text.equals(prefix) || text.startsWith(prefix + ".");
    }

    /** True when {@code code} lies within this pattern or may do so because it is classified less finely. */
    public boolean overlaps(DualUseCode code) {
        return covers(code) || prefix.startsWith(code.code() + ".");
    }

    /** True when the code is coarser than this pattern: it overlaps but is not covered. */
    public boolean isFinerThan(DualUseCode code) {
        return overlaps(code) && !covers(code);
    }

    @Override
    public String toString() {
        return prefix;
    }
}
