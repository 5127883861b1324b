package be.veerkracht.ingest.sanctions;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of one list entry gathered while its record is read: names in list order without duplicates (the
 * first becomes {@link AliasQuality#PRIMARY}), countries restricted to known ISO codes, dates and programmes without
 * duplicates. {@link #build()} makes the immutable {@link ListEntry}. Mutable, used by one reader for one entry.
 */
final class EntryDraft {

    private final String entryId;
    private final EntryKind kind;
    private final List<ListedName> names = new ArrayList<>();
    private final Set<String> nameKeys = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> birthDates = new LinkedHashSet<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> programmes = new LinkedHashSet<>();
    private final List<String> remarks = new ArrayList<>();
    private String listedOn;

    EntryDraft(String entryId, EntryKind kind) {
        this.entryId = entryId;
        this.kind = kind;
    }

    String entryId() {
        return entryId;
    }

    boolean hasName() {
        return !names.isEmpty();
    }

    /** Adds a name; the first one added is the primary name whatever {@code quality} says. Blank names are skipped. */
    EntryDraft name(String name, AliasQuality quality, String language) {
        if (name == null || name.isBlank()) {
            return this;
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        if (nameKeys.add(clean.toLowerCase(Locale.ROOT))) {
            names.add(new ListedName(clean, names.isEmpty() ? AliasQuality.PRIMARY : quality, language));
        }
        return this;
    }

    /** Adds an ISO alpha-2 code; null, blank and unknown codes (EU's {@code 00}) are skipped. */
    EntryDraft country(String alpha2) {
        if (alpha2 != null) {
            String code = alpha2.strip().toUpperCase(Locale.ROOT);
            if (IsoCountries.isKnown(code)) {
                countries.add(code);
            }
        }
        return this;
    }

    EntryDraft birthDate(String partialDate) {
        birthDates.add(partialDate);
        return this;
    }

    EntryDraft identifier(Identifier identifier) {
        identifiers.add(identifier);
        return this;
    }

    EntryDraft programme(String programme) {
        if (programme != null && !programme.isBlank()) {
            programmes.add(programme.strip());
        }
        return this;
    }

    EntryDraft listedOn(String isoDate) {
        this.listedOn = isoDate;
        return this;
    }

    EntryDraft remark(String remark) {
        if (remark != null && !remark.isBlank()) {
            remarks.add(remark.strip());
        }
        return this;
    }

    ListEntry build() {
        return new ListEntry(entryId, kind, names, countries, List.copyOf(birthDates), List.copyOf(identifiers),
                List.copyOf(programmes), listedOn, remarks.isEmpty() ? null : String.join("; ", remarks));
    }
}
