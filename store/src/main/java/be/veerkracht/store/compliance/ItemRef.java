package be.veerkracht.store.compliance;

import be.veerkracht.compliance.ItemKind;
import java.util.Locale;
import java.util.Objects;

/**
 * A part or product of ours by its ID, as export-control records name it: {@code part:110010},
 * {@code product:PM-400} (also the audit entries' subject).
 */
public record ItemRef(ItemKind kind, String id) {

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        id = id.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("an item needs its ID");
        }
    }

    public static ItemRef part(String id) {
        return new ItemRef(ItemKind.PART, id);
    }

    public static ItemRef product(String id) {
        return new ItemRef(ItemKind.PRODUCT, id);
    }

    /** {@code part:ID} or {@code product:ID}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
