package be.veerkracht.screening;

import java.util.List;
import java.util.Objects;

/** One version of one list with its entries, as read from the publisher's file. */
public record SanctionsList(ListVersion version, List<ListEntry> entries) {

    public SanctionsList {
        Objects.requireNonNull(version, "version");
        entries = List.copyOf(entries);
        if (entries.size() != version.entryCount()) {
            throw new IllegalArgumentException("version says " + version.entryCount() + " entries, list has "
                    + entries.size());
        }
    }
}
