package be.veerkracht.ingest.sanctions;

import java.util.Locale;

/**
 * The dates of birth of a UN entry, from {@code INDIVIDUAL_DATE_OF_BIRTH} ({@code TYPE_OF_DATE} {@code EXACT},
 * {@code APPROXIMATELY} or {@code BETWEEN}) and from an alias's own {@code DATE_OF_BIRTH}.
 *
 * <ul>
 *   <li>{@code DATE} gives {@code yyyy-mm-dd}; {@code YEAR} gives {@code yyyy}, for {@code EXACT} and
 *       {@code APPROXIMATELY} alike (the model has no "about": the year is what a matcher can compare).</li>
 *   <li>{@code BETWEEN} with {@code FROM_YEAR} and {@code TO_YEAR} gives every year of the range when it spans at
 *       most {@link #MAX_RANGE_YEARS} years, otherwise only the two ends.</li>
 *   <li>A {@code NOTE} alone ("Nov. 1973", "30-35 years old") gives nothing: free text is not a date.</li>
 * </ul>
 * A {@code DATE}, {@code YEAR}, {@code FROM_YEAR} or {@code TO_YEAR} that is not a real date or a plausible year
 * makes the file invalid.
 */
final class UnDatesOfBirth {

    /** Longest BETWEEN range, in years, expanded into single years; in the 2026-02-27 list the longest spans 6. */
    static final int MAX_RANGE_YEARS = 10;

    private static final String BETWEEN = "between";

    private UnDatesOfBirth() {
    }

    static void addTo(String fileName, String reference, XmlElement entry, EntryDraft draft) {
        for (XmlElement birth : entry.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            String type = birth.childText("TYPE_OF_DATE").toLowerCase(Locale.ROOT);
            if (type.equals(BETWEEN)) {
                range(fileName, reference, birth, draft);
            } else {
                single(fileName, reference, birth, "DATE", draft);
                single(fileName, reference, birth, "YEAR", draft);
            }
        }
        for (XmlElement alias : entry.children("INDIVIDUAL_ALIAS")) {
            single(fileName, reference, alias, "DATE_OF_BIRTH", draft);
        }
    }

    private static void single(String fileName, String reference, XmlElement parent, String field, EntryDraft draft) {
        XmlElement element = parent.child(field);
        if (element == null || element.text().isEmpty()) {
            return;
        }
        String date = PartialDates.partialOrNull(element.text());
        if (date == null) {
            throw invalid(fileName, reference, element);
        }
        draft.birthDate(date);
    }

    private static void range(String fileName, String reference, XmlElement birth, EntryDraft draft) {
        int from = year(fileName, reference, birth.child("FROM_YEAR"));
        int to = year(fileName, reference, birth.child("TO_YEAR"));
        if (from > to) {
            throw new InvalidSanctionsListException(fileName, birth.line(), "FROM_YEAR",
                    "entry " + reference + ": FROM_YEAR " + from + " is after TO_YEAR " + to);
        }
        if (to - from <= MAX_RANGE_YEARS) {
            for (int year = from; year <= to; year++) {
                draft.birthDate(Integer.toString(year));
            }
        } else {
            draft.birthDate(Integer.toString(from)).birthDate(Integer.toString(to));
        }
    }

    private static int year(String fileName, String reference, XmlElement element) {
        if (element == null) {
            throw new InvalidSanctionsListException(fileName, InvalidSanctionsListException.NO_LINE,
                    "FROM_YEAR/TO_YEAR", "entry " + reference + ": a BETWEEN date of birth needs both years");
        }
        String year = PartialDates.yearOrNull(element.text());
        if (year == null) {
            throw invalid(fileName, reference, element);
        }
        return Integer.parseInt(year);
    }

    private static InvalidSanctionsListException invalid(String fileName, String reference, XmlElement element) {
        return new InvalidSanctionsListException(fileName, element.line(), element.name(),
                "entry " + reference + ": not a date: '" + element.text() + "'");
    }
}
