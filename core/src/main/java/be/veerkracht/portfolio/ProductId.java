package be.veerkracht.portfolio;

/** The key of one of our own products (a machine we sell) as the ERP writes it; survives re-imports. */
public record ProductId(String value) implements Comparable<ProductId> {

    public ProductId {
        IdRules.check(value, "product_id");
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
