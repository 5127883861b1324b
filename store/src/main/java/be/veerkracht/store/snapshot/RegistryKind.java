package be.veerkracht.store.snapshot;

/** The kinds of master data whose IDs the store keeps across imports, each in a table of its own. */
public enum RegistryKind {
    PART("part", "snapshot_part", "part_id"),
    SUPPLIER("supplier", "snapshot_supplier", "supplier_id"),
    TOOL("tool", "snapshot_tool", "tool_id"),
    PRODUCT("product", "snapshot_product", "product_id"),
    CUSTOMER("customer", "snapshot_customer", "customer_id");

    private final String table;
    private final String snapshotTable;
    private final String snapshotColumn;

    RegistryKind(String table, String snapshotTable, String snapshotColumn) {
        this.table = table;
        this.snapshotTable = snapshotTable;
        this.snapshotColumn = snapshotColumn;
    }

    /** The table of a snapshot's rows of this kind. */
    String snapshotTable() {
        return snapshotTable;
    }

    /** The column of {@link #snapshotTable()} holding the ID. */
    String snapshotColumn() {
        return snapshotColumn;
    }

    /** The registry table, which later modules' tables reference by {@code id}. */
    public String table() {
        return table;
    }
}
