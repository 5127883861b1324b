package be.veerkracht.portfolio;

/** The key of a tool as the ERP writes it; what later modules attach to, so it survives re-imports. */
public record ToolId(String value) implements Comparable<ToolId> {

    public ToolId {
        IdRules.check(value, "tool_id");
    }

    @Override
    public int compareTo(ToolId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
