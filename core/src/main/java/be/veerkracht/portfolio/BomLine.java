package be.veerkracht.portfolio;

import java.util.Objects;

/**
 * One line of a product's bill of materials: how many units of a purchased part go into one unit of the product.
 * A product and part appear together on at most one line.
 *
 * @param quantity units of the part (in the part's {@code uom}) per unit of the product, finite and &gt; 0
 */
public record BomLine(ProductId product, PartId part, double quantity) {

    public BomLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(part, "part");
        if (!(quantity > 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("quantity must be a finite number > 0, got " + quantity);
        }
    }

    public static BomLine of(String product, String part, double quantity) {
        return new BomLine(new ProductId(product), new PartId(part), quantity);
    }

    /** What must be unique: one line per product and part. */
    public Key key() {
        return new Key(product, part);
    }

    /** The key of a BOM line. */
    public record Key(ProductId product, PartId part) {
    }
}
