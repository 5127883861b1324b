package be.veerkracht.compliance.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An export authorisation the company holds, as the authority granted it.
 *
 * @param number        the licence or registration number the authority gave
 * @param kind          individual, global or UGEA registration
 * @param authorisation for a UGEA registration the UGEA it registers for ({@code EU001} … {@code EU008}); null otherwise
 * @param validFrom     first day it may be used
 * @param validUntil    last day it may be used; null when it does not expire (a UGEA registration stays valid as
 *                      long as the UGEA does)
 * @param items         what it covers: Annex I entries or entry prefixes ({@code 3A001}, {@code 3A001.a}), or item ids
 *                      written {@code part:ID} / {@code product:ID}; {@code *} for every item (a UGEA registration:
 *                      the UGEA's own exclusions still apply)
 * @param destinations  ISO 3166-1 alpha-2 destinations; {@code *} for every destination the authorisation allows
 * @param quantityLimit most units that may be shipped under it in total; null when unlimited
 * @param valueLimitEur most value that may be shipped under it in total, EUR; null when unlimited
 * @param endUser       the end user named on an individual licence; null otherwise
 * @param reporting     how often its use must be reported
 */
public record Licence(String number, LicenceKind kind, String authorisation, LocalDate validFrom, LocalDate validUntil,
                      Set<String> items, Set<String> destinations, BigDecimal quantityLimit, BigDecimal valueLimitEur,
                      String endUser, ReportingPeriod reporting) {

    /** Covers every item or every destination. */
    public static final String ANY = "*";

    public Licence {
        Objects.requireNonNull(number, "number");
        number = number.strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("a licence needs its number");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("licence " + number + ": valid until " + validUntil
                    + " is before valid from " + validFrom);
        }
        if (kind == LicenceKind.UGEA_REGISTRATION) {
            if (authorisation == null || !authorisation.matches("EU00[1-8]")) {
                throw new IllegalArgumentException("licence " + number
                        + ": a UGEA registration names its UGEA, EU001 to EU008, got " + authorisation);
            }
        } else if (authorisation != null) {
            throw new IllegalArgumentException("licence " + number + ": only a UGEA registration names a UGEA");
        }
        items = normalised(items, "items", number, false);
        destinations = normalised(destinations, "destinations", number, true);
        positiveOrNull(quantityLimit, "quantity limit", number);
        positiveOrNull(valueLimitEur, "value limit", number);
        endUser = endUser == null || endUser.isBlank() ? null : endUser.strip();
        reporting = reporting == null ? ReportingPeriod.NONE : reporting;
    }

    /** Whether the licence may be used on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * Whether it covers the item: {@code *}, the item's id ({@code part:ID}/{@code product:ID}), or an entry that is
     * the item's code or a prefix of it at a sub-item boundary ({@code 3A001.a} covers {@code 3A001.a.1}, not
     * {@code 3A001.b}).
     *
     * @param itemRef  {@code part:ID} or {@code product:ID}
     * @param code     the item's Annex I code; null when not listed
     */
    public boolean coversItem(String itemRef, String code) {
        if (items.contains(ANY) || items.contains(itemRef)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        for (String entry : items) {
            if (code.equals(entry) || code.startsWith(entry + ".")) {
                return true;
            }
        }
        return false;
    }

    public boolean coversDestination(String country) {
        return destinations.contains(ANY) || destinations.contains(country.toUpperCase(Locale.ROOT));
    }

    private static Set<String> normalised(Set<String> values, String field, String number, boolean upper) {
        Objects.requireNonNull(values, field);
        Set<String> copy = new TreeSet<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (upper && !v.equals(ANY)) {
                v = v.toUpperCase(Locale.ROOT);
                if (!v.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("licence " + number + ": destination " + value
                            + " is not an ISO 3166-1 alpha-2 code");
                }
            }
            copy.add(v);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("licence " + number + " covers no " + field);
        }
        return Set.copyOf(copy);
    }

    private static void positiveOrNull(BigDecimal value, String field, String number) {
        if (value != null && value.signum() <= 0) {
            throw new IllegalArgumentException("licence " + number + ": " + field + " must be above 0, got "
                    + value.toPlainString());
        }
    }
}
