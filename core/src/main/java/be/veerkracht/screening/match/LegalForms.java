package be.veerkracht.screening.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The table of legal-form abbreviations stripped from the ends of names ("Van Hoecke Metaalbewerking NV", "OOO
 * Romashka"), because they carry no identity and cause false hits ("CORP", "NV").
 *
 * <p>Source: compiled by hand after the abbreviations of ISO 20275 "Financial services — Entity legal forms
 * (ELF)" as the GLEIF ELF code list publishes them
 * (https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list) for Belgium, the
 * Netherlands, France, Luxembourg, Germany, Austria, Switzerland, Italy, Spain, Portugal, the United Kingdom, the
 * United States, Russia, Ukraine, Singapore, Malaysia and the UAE free zones, plus the English words "Company",
 * "Corporation" and "Limited"; not checked row by row against a download of the list. Forms are kept as letters only ({@code "S.A."} and {@code "S A"} are {@code sa}); a trailing or leading
 * run of short tokens whose letters spell a form is one form ("B V B A", "Sdn Bhd").
 *
 * <p>Forms of at least {@value #FUZZY_MIN_LENGTH} letters ("company", "limited", "corporation") are also
 * recognised with one typo (Damerau–Levenshtein distance 1, {@link TokenSimilarity}).
 *
 * <p>Limits: a form is stripped only at either end of the name and never when it is the whole name; words that are
 * both a form and a common word in some language (Swedish "AB", Norwegian "AS") are left out on purpose.
 */
public final class LegalForms {

    /** The default table (letters only, lower case). */
    public static final List<String> DEFAULT_FORMS = List.of(
            // Belgium, Netherlands, Luxembourg, France
            "nv", "bv", "sa", "srl", "bvba", "sprl", "cv", "cvba", "scrl", "vof", "commv", "scs", "sca", "snc",
            "sarl", "sas", "sasu", "eurl", "asbl", "vzw",
            // Germany, Austria, Switzerland
            "gmbh", "ag", "kg", "ohg", "gmbhcokg", "ug", "kgaa", "ev",
            // Italy, Spain, Portugal
            "spa", "sapa", "sl", "slu", "sau", "lda",
            // United Kingdom, United States, Commonwealth
            "ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated", "corp", "corporation", "co",
            "company", "pte", "pty", "pvt", "sdnbhd", "sdn", "bhd", "berhad",
            // Russia, Ukraine, Central Asia
            "ooo", "zao", "oao", "pao", "jsc", "ojsc", "pjsc", "cjsc", "tov", "too",
            // Gulf free zones
            "fze", "fzco", "fzc", "fzllc", "wll");

    /** Longest run of tokens read as one spelled-out form ("b v b a"). */
    private static final int MAX_FORM_TOKENS = 4;
    /** Tokens of a spelled-out form are at most this long ("sdn bhd", "s a", "comm v"). */
    private static final int MAX_SPELLED_TOKEN_LENGTH = 4;

    /** Long forms and their usual abbreviation, compared as one ("Corp." and "Corporation" do not conflict). */
    static final java.util.Map<String, String> SYNONYMS = java.util.Map.of("corporation", "corp", "company", "co",
            "limited", "ltd", "incorporated", "inc", "berhad", "bhd", "sdnbhd", "bhd");

    /** Forms at least this long are also recognised one edit away ("compani", "limitad", "corporatyon"). */
    static final int FUZZY_MIN_LENGTH = 6;

    /** The default table. */
    public static final LegalForms DEFAULT = new LegalForms(DEFAULT_FORMS);

    private final Set<String> forms;
    private final List<String> longForms;

    /** @param forms legal forms as letters only; lower-cased here */
    public LegalForms(List<String> forms) {
        Objects.requireNonNull(forms, "forms");
        this.forms = Set.copyOf(forms.stream().map(f -> f.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                .filter(f -> !f.isEmpty()).toList());
        this.longForms = this.forms.stream().filter(f -> f.length() >= FUZZY_MIN_LENGTH).sorted().toList();
    }

    /** Whether the letters are a legal form of the table, or one edit from a long one. */
    public boolean isForm(String letters) {
        return canonical(letters) != null;
    }

    /**
     * The form the letters spell, as its usual abbreviation ({@link #SYNONYMS}: "corporation" → {@code corp},
     * "compani" → {@code co}); null when they spell none.
     */
    public String canonical(String letters) {
        String form = forms.contains(letters) ? letters : null;
        if (form == null && letters.length() >= FUZZY_MIN_LENGTH - 1) {
            form = longForms.stream().filter(f -> TokenSimilarity.distance(letters, f, 1) <= 1).findFirst()
                    .orElse(null);
        }
        return form == null ? null : SYNONYMS.getOrDefault(form, form);
    }

    /**
     * Strips legal forms from both ends of normalised tokens.
     *
     * @return the tokens without forms, and the forms found ({@link #canonical}), in the order met
     */
    Stripped strip(List<String> tokens) {
        List<String> rest = new ArrayList<>(tokens);
        List<String> found = new ArrayList<>();
        boolean changed = true;
        while (changed && rest.size() > 1) {
            changed = stripEnd(rest, found) || stripStart(rest, found);
        }
        return new Stripped(List.copyOf(rest), List.copyOf(found));
    }

    private boolean stripEnd(List<String> rest, List<String> found) {
        for (int k = Math.min(MAX_FORM_TOKENS, rest.size() - 1); k >= 1; k--) {
            List<String> tail = rest.subList(rest.size() - k, rest.size());
            String letters = spelled(tail);
            if (letters != null && isForm(letters)) {
                found.add(canonical(letters));
                tail.clear();
                return true;
            }
        }
        return false;
    }

    private boolean stripStart(List<String> rest, List<String> found) {
        for (int k = Math.min(MAX_FORM_TOKENS, rest.size() - 1); k >= 1; k--) {
            List<String> head = rest.subList(0, k);
            String letters = spelled(head);
            if (letters != null && isForm(letters)) {
                found.add(canonical(letters));
                head.clear();
                return true;
            }
        }
        return false;
    }

    /** The letters of a run of tokens if it may spell a form (one token, or several short ones); else null. */
    private static String spelled(List<String> run) {
        if (run.size() == 1) {
            return run.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (String t : run) {
            if (t.length() > MAX_SPELLED_TOKEN_LENGTH) {
                return null;
            }
            b.append(t);
        }
        return b.toString();
    }

    /** Tokens without their legal forms, and the forms. */
    record Stripped(List<String> tokens, List<String> forms) {
    }
}
