package be.veerkracht.compliance;

import java.util.Objects;

/**
 * The item checked: a part or product by its ID, with its classification.
 *
 * @param id     the part or product ID of the portfolio
 * @param kind   part or product
 * @param status its classification
 */
public record ExportItem(String id, ItemKind kind, ControlStatus status) {

    public ExportItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    public static ExportItem part(String id, ControlStatus status) {
        return new ExportItem(id, ItemKind.PART, status);
    }

    public static ExportItem product(String id, ControlStatus status) {
        return new ExportItem(id, ItemKind.PRODUCT, status);
    }
}
