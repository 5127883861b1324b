package be.veerkracht.portfolio;

/** The key of a part as the ERP writes it; what later modules attach to, so it survives re-imports. */
public record PartId(String value) implements Comparable<PartId> {

    public PartId {
        IdRules.check(value, "part_id");
    }

    @Override
    public int compareTo(PartId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
