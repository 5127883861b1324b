package be.veerkracht.ingest.sanctions;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.Identifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts OFAC writes into the free-text {@code Remarks} of {@code SDN.CSV}, e.g.
 * {@code DOB 01 Jan 1960; nationality Russia; Passport 123 (Russia); a.k.a. 'BNC'.} The remarks are split at
 * {@code ;}; an {@code alt.} in front of a part is ignored. This subset is read (everything else stays in the
 * entry's remarks only):
 * <ul>
 *   <li>{@code DOB dd Mon yyyy}, {@code DOB Mon yyyy}, {@code DOB yyyy}, {@code DOB circa yyyy},
 *       {@code DOB yyyy to yyyy} (every year of a range of at most {@link UnDatesOfBirth#MAX_RANGE_YEARS} years,
 *       else its ends) — a DOB in another form is skipped;</li>
 *   <li>{@code nationality X}, {@code citizen X} — the country name X through {@link CountryNames};</li>
 *   <li>{@code Passport N (X)}, {@code National ID No. N (X)}, {@code Tax ID No. N (X)},
 *       {@code Registration Number N (X)}, {@code Registration ID N (X)}, {@code SWIFT/BIC N}, {@code IMO N}
 *       (also inside {@code Vessel Registration Identification IMO N}) — the issuing country X optional, anything
 *       after it ({@code issued ...}, {@code expires ...}) ignored;</li>
 *   <li>{@code a.k.a. 'X'} — a weak alias, which is how OFAC lists weak a.k.a.s in the remarks.</li>
 * </ul>
 * Free text is not checked: a part that does not fit a form is skipped, never an error.
 */
final class OfacRemarks {

    private static final Pattern ALT_PREFIX = Pattern.compile("^alt\\.\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOB = Pattern.compile("^DOB\\s+(?:circa\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{4})\\s+to\\s+(\\d{4})$");
    private static final Pattern COUNTRY = Pattern.compile("^(?:nationality|citizen)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT = Pattern.compile(
            "^(?:Vessel Registration Identification\\s+)?(Passport|National ID No\\.|Tax ID No\\.|Registration Number"
                    + "|Registration ID|SWIFT/BIC|IMO)\\s+(.+?)(?:\\s+\\(([^)]*)\\))?(?:\\s+(?:issued|expires)\\b.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEAK_ALIAS = Pattern.compile("^a\\.k\\.a\\.,?\\s+'(.+)'$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private OfacRemarks() {
    }

    /** Adds what the remarks say to the entry. */
    static void addTo(String remarks, EntryDraft draft) {
        if (remarks == null) {
            return;
        }
        for (String rawPart : remarks.split(";")) {
            String part = ALT_PREFIX.matcher(stripEndDot(rawPart.strip())).replaceFirst("");
            Matcher dob = DOB.matcher(part);
            Matcher country = COUNTRY.matcher(part);
            Matcher document = DOCUMENT.matcher(part);
            Matcher weak = WEAK_ALIAS.matcher(part);
            if (dob.matches()) {
                birthDates(dob.group(1).strip(), draft);
            } else if (country.matches()) {
                CountryNames.shipped().code(country.group(1)).ifPresent(draft::country);
            } else if (document.matches()) {
                String issuer = document.group(3);
                draft.identifier(new Identifier(DocumentTypes.normalise(document.group(1)), document.group(2),
                        issuer == null ? null : CountryNames.shipped().code(issuer).orElse(null)));
            } else if (weak.matches()) {
                draft.name(weak.group(1), AliasQuality.WEAK, null);
            }
        }
    }

    private static void birthDates(String text, EntryDraft draft) {
        Matcher range = YEAR_RANGE.matcher(text);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (from <= to && to - from <= UnDatesOfBirth.MAX_RANGE_YEARS) {
                for (int year = from; year <= to; year++) {
                    draft.birthDate(Integer.toString(year));
                }
            } else if (from <= to) {
                draft.birthDate(range.group(1)).birthDate(range.group(2));
            }
            return;
        }
        String date = parse(text);
        if (date != null) {
            draft.birthDate(date);
        }
    }

    /** {@code 01 Jan 1960} to {@code 1960-01-01}, {@code Jan 1960} to {@code 1960-01}, {@code 1960}; else null. */
    static String parse(String text) {
        try {
            return PartialDates.partialOrNull(LocalDate.parse(text, DAY_MONTH_YEAR).toString());
        } catch (DateTimeParseException notDayMonthYear) {
            try {
                return PartialDates.partialOrNull(YearMonth.parse(text, MONTH_YEAR).toString());
            } catch (DateTimeParseException notMonthYear) {
                return PartialDates.yearOrNull(text);
            }
        }
    }

    private static String stripEndDot(String part) {
        return part.endsWith(".") ? part.substring(0, part.length() - 1).strip() : part;
    }
}
