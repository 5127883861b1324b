package be.veerkracht.store.snapshot;

/** The kinds of master data whose IDs the store keeps across imports, each in a table of its own. */
public enum RegistryKind {
    PART("part"),
    SUPPLIER("supplier"),
    TOOL("tool");

    private final String table;

    RegistryKind(String table) {
        this.table = table;
    }

    /** The registry table, which later modules' tables reference by {@code id}. */
    public String table() {
        return table;
    }
}
