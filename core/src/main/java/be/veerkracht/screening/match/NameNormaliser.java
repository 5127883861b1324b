package be.veerkracht.screening.match;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Brings a name written by anyone in any script to the form the matcher compares: {@link NormalisedName}.
 *
 * <ol>
 *   <li>Script: a name with letters outside the Latin script is transliterated by ICU's {@code Any-Latin;
 *       Latin-ASCII} (ICU's rules: Cyrillic after ISO 9, then without diacritics; Greek ISO 843-style; Arabic
 *       letter by letter, unvocalised); a Latin name with diacritics goes through
 *       {@code Latin-ASCII} ("Müller" → "Muller", "Łódź" → "Lodz", "ß" → "ss"). ICU: Unicode Consortium, ICU
 *       User Guide, "General Transforms" (https://unicode-org.github.io/icu/userguide/transforms/general/),
 *       ICU4J 74.2, and CLDR transliteration guidelines.</li>
 *   <li>Case folded with {@link Locale#ROOT}; apostrophes dropped ("O'Brien" → "obrien"); every other character
 *       that is not a letter or digit separates tokens ("Al-Qaida" → "al qaida", "S.A." → "s a").</li>
 *   <li>Legal forms at either end removed and remembered ({@link LegalForms}).</li>
 * </ol>
 *
 * <p>Cost: linear in the length of the name; ICU is called only for non-ASCII names. Thread-safe: the ICU
 * transliterators are used under a lock. Limit: Arabic is transliterated without vowels ("حسين" → "hsyn"), so it
 * matches a Latin spelling only through the consonant skeleton of {@link TokenSimilarity}.
 */
public final class NameNormaliser {

    /** The ICU transform for names in a non-Latin script. */
    public static final String ANY_TO_ASCII = "Any-Latin; Latin-ASCII";
    /** The ICU transform for Latin names with diacritics or ligatures. */
    public static final String LATIN_TO_ASCII = "Latin-ASCII";

    private final LegalForms legalForms;
    private final Transliterator anyToAscii;
    private final Transliterator latinToAscii;

    /** With the default legal-form table. */
    public NameNormaliser() {
        this(LegalForms.DEFAULT);
    }

    public NameNormaliser(LegalForms legalForms) {
        this.legalForms = Objects.requireNonNull(legalForms, "legalForms");
        this.anyToAscii = Transliterator.getInstance(ANY_TO_ASCII);
        this.latinToAscii = Transliterator.getInstance(LATIN_TO_ASCII);
    }

    /** The legal-form table stripped. */
    public LegalForms legalForms() {
        return legalForms;
    }

    /** Normalises one name; never null. */
    public NormalisedName normalise(String name) {
        Objects.requireNonNull(name, "name");
        boolean foreign = hasNonLatinLetter(name);
        String ascii = toAscii(name, foreign).toLowerCase(Locale.ROOT);
        LegalForms.Stripped stripped = legalForms.strip(tokens(ascii));
        return new NormalisedName(name, stripped.tokens(), stripped.forms(), foreign);
    }

    private String toAscii(String name, boolean foreign) {
        if (isAscii(name)) {
            return name;
        }
        Transliterator t = foreign ? anyToAscii : latinToAscii;
        synchronized (t) {
            return t.transliterate(name);
        }
    }

    private static List<String> tokens(String ascii) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                token.append(c);
            } else if (c != '\'' && c != '`') {
                flush(token, tokens);
            }
        }
        flush(token, tokens);
        return tokens;
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (token.length() > 0) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonLatinLetter(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }
}
