package be.veerkracht.screening.match;

import java.util.List;
import java.util.Objects;

/**
 * A name as the matcher compares it: lower-case ASCII tokens without punctuation or legal forms.
 *
 * @param original       the name as given
 * @param tokens         the normalised tokens in the name's order, legal forms removed; may be empty only when the
 *                       name had no letter or digit
 * @param legalForms     the legal forms stripped (letters only, e.g. {@code nv}, {@code sdnbhd}); empty when none
 * @param transliterated whether a non-Latin script (Cyrillic, Greek, Arabic...) was transliterated to Latin
 */
public record NormalisedName(String original, List<String> tokens, List<String> legalForms, boolean transliterated) {

    public NormalisedName {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        legalForms = List.copyOf(legalForms);
    }

    /** The tokens joined by single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** Whether a legal form was present. */
    public boolean hadLegalForm() {
        return !legalForms.isEmpty();
    }
}
