package be.veerkracht.portfolio;

/** The key of a supplier as the ERP writes it; what later modules attach to, so it survives re-imports. */
public record SupplierId(String value) implements Comparable<SupplierId> {

    public SupplierId {
        IdRules.check(value, "supplier_id");
    }

    @Override
    public int compareTo(SupplierId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
