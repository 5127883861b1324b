package be.veerkracht.store.compliance;

import be.veerkracht.compliance.ControlStatus;
import java.util.Objects;

/**
 * One of our items in the export-control register with its status and where that status comes from.
 *
 * @param name           the part's description or the product's name; null when the import gives none
 * @param classification the recorded classification behind {@code status}; null unless {@code source} is RECORDED
 */
public record RegisterEntry(ItemRef item, String name, ControlStatus status, Source source,
                            Classification classification) {

    public RegisterEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }

    /** Where the status comes from, strongest first. */
    public enum Source {
        /** A classification recorded with who, when, why and evidence. */
        RECORDED,
        /**
         * The {@code dual_use_code} column of the import: listed, but not yet recorded with who classified it and
         * why. An empty column is never read as "not listed" (issue 8: never by omission).
         */
        IMPORTED_CODE,
        /** Nothing known: classify first. */
        NONE
    }
}
