package be.veerkracht.screening.match;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The factors besides the name (docs/screening.md, "Factors"): alias quality, legal form, country, date of birth,
 * identifier. Each is a small named rule returning the {@link ScoreFactor} it applies, or nothing when the
 * evidence is missing on either side (missing evidence neither helps nor hurts).
 *
 * <p>The constants are judgement, set before tuning and documented: damping is mild where lists are often
 * incomplete (countries) and stronger where a conflict is telling (a date of birth years apart); a shared
 * identifier is the strongest evidence there is.
 */
final class EvidenceFactors {

    /** Damping of a weak (low-quality) alias: the lists say it is too vague to match on alone. */
    static final double WEAK_ALIAS_DAMPING = 0.85;
    /** Damping when both names carry legal forms and they differ ("X GmbH" against "X Ltd"). */
    static final double LEGAL_FORM_CONFLICT_DAMPING = 0.97;
    /** Damping when the query carries a legal form (a company) and the entry is a person. */
    static final double COMPANY_AGAINST_PERSON_DAMPING = 0.90;
    /** Boost (share of the gap to 1) when the query's country is one of the entry's countries. */
    static final double COUNTRY_AGREEMENT_BOOST = 0.20;
    /** Damping when the entry has countries and the query's is not among them. */
    static final double COUNTRY_CONFLICT_DAMPING = 0.90;
    /** Boost when the query's date of birth agrees with one of the entry's (at the coarser precision). */
    static final double BIRTH_DATE_AGREEMENT_BOOST = 0.30;
    /** Damping when every one of the entry's birth years is more than {@value #BIRTH_YEAR_TOLERANCE} years off. */
    static final double BIRTH_DATE_CONFLICT_DAMPING = 0.70;
    /** Birth years this close neither agree nor conflict (lists give approximate years). */
    static final int BIRTH_YEAR_TOLERANCE = 1;
    /** Boost when a query identifier equals one of the entry's (letters and digits compared). */
    static final double IDENTIFIER_AGREEMENT_BOOST = 0.60;

    private EvidenceFactors() {
    }

    /** Factors that depend on the name compared: alias quality and legal forms. */
    static List<ScoreFactor> forName(NormalisedName query, ListedName listed, NormalisedName normalisedListed) {
        List<ScoreFactor> out = new ArrayList<>();
        if (listed.quality() == AliasQuality.WEAK) {
            out.add(new ScoreFactor("alias quality", ScoreFactor.Effect.DAMP, WEAK_ALIAS_DAMPING, "weak alias"));
        }
        if (query.hadLegalForm() && normalisedListed.hadLegalForm()
                && query.legalForms().stream().noneMatch(normalisedListed.legalForms()::contains)) {
            out.add(new ScoreFactor("legal form", ScoreFactor.Effect.DAMP, LEGAL_FORM_CONFLICT_DAMPING,
                    "query " + query.legalForms() + ", listed " + normalisedListed.legalForms()));
        }
        return out;
    }

    /** Factors that depend on the entry: kind, country, date of birth, identifiers. */
    static List<ScoreFactor> forEntry(ScreeningQuery query, NormalisedName normalisedQuery, ListEntry entry) {
        List<ScoreFactor> out = new ArrayList<>();
        if (normalisedQuery.hadLegalForm() && entry.kind() == EntryKind.PERSON) {
            out.add(new ScoreFactor("kind", ScoreFactor.Effect.DAMP, COMPANY_AGAINST_PERSON_DAMPING,
                    "query has legal form " + normalisedQuery.legalForms() + ", entry is a person"));
        }
        if (query.country() != null && !entry.countries().isEmpty()) {
            String reason = "query " + query.country() + ", entry " + entry.countries().stream().sorted().toList();
            out.add(entry.countries().contains(query.country())
                    ? new ScoreFactor("country", ScoreFactor.Effect.BOOST, COUNTRY_AGREEMENT_BOOST, reason)
                    : new ScoreFactor("country", ScoreFactor.Effect.DAMP, COUNTRY_CONFLICT_DAMPING, reason));
        }
        birthDate(query, entry, out);
        identifier(query, entry, out);
        return out;
    }

    private static void birthDate(ScreeningQuery query, ListEntry entry, List<ScoreFactor> out) {
        if (query.birthDate() == null || entry.birthDates().isEmpty()) {
            return;
        }
        String reason = "query " + query.birthDate() + ", entry " + entry.birthDates();
        boolean agrees = entry.birthDates().stream().anyMatch(d -> compatible(d, query.birthDate()));
        int year = Integer.parseInt(query.birthDate().substring(0, 4));
        boolean near = entry.birthDates().stream().filter(d -> d.matches("\\d{4}.*"))
                .anyMatch(d -> Math.abs(Integer.parseInt(d.substring(0, 4)) - year) <= BIRTH_YEAR_TOLERANCE);
        if (agrees) {
            out.add(new ScoreFactor("date of birth", ScoreFactor.Effect.BOOST, BIRTH_DATE_AGREEMENT_BOOST, reason));
        } else if (!near) {
            out.add(new ScoreFactor("date of birth", ScoreFactor.Effect.DAMP, BIRTH_DATE_CONFLICT_DAMPING, reason));
        }
    }

    /** Same date at the coarser of the two precisions ("1971" agrees with "1971-05-02"). */
    private static boolean compatible(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return n >= 4 && a.regionMatches(0, b, 0, n);
    }

    private static void identifier(ScreeningQuery query, ListEntry entry, List<ScoreFactor> out) {
        for (String value : query.identifiers()) {
            String key = key(value);
            for (Identifier id : entry.identifiers()) {
                if (!key.isEmpty() && key.equals(key(id.value()))) {
                    out.add(new ScoreFactor("identifier", ScoreFactor.Effect.BOOST, IDENTIFIER_AGREEMENT_BOOST,
                            id.type() + " " + id.value()));
                    return;
                }
            }
        }
    }

    private static String key(String identifier) {
        return identifier.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
