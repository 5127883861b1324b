package be.veerkracht.portfolio;

/** The key of a customer as the ERP writes it; survives re-imports. */
public record CustomerId(String value) implements Comparable<CustomerId> {

    public CustomerId {
        IdRules.check(value, "customer_id");
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
