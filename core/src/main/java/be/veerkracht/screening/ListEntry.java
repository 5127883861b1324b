package be.veerkracht.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One designated person, organisation or vessel on a list, with everything a matcher may use.
 *
 * @param entryId     the list's own identifier (EU {@code logicalId} or reference number, UN {@code REFERENCE_NUMBER},
 *                    OFAC {@code ent_num}, OpenSanctions {@code id}); stable across versions of the list
 * @param names       the primary name first, then aliases; never empty
 * @param countries   ISO 3166-1 alpha-2 codes linked to the entry (nationality, citizenship, address, registration)
 * @param birthDates  dates or partial dates of birth as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}
 * @param programmes  the sanction programmes or regulations listing it (e.g. {@code RUSSIA-EO14024}, {@code 2014/145})
 * @param listedOn    the date the entry was listed as the list gives it ({@code yyyy-mm-dd}); null when unknown
 * @param remarks     free text of the list; null when none
 */
public record ListEntry(
        String entryId,
        EntryKind kind,
        List<ListedName> names,
        Set<String> countries,
        List<String> birthDates,
        List<Identifier> identifiers,
        List<String> programmes,
        String listedOn,
        String remarks) {

    public ListEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entry " + entryId + " has no name");
        }
        countries = Set.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        programmes = List.copyOf(programmes);
        remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
    }

    /** The entry's primary name. */
    public ListedName primaryName() {
        return names.get(0);
    }
}
