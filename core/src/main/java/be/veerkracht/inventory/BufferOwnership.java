package be.veerkracht.inventory;

/** Who holds (and finances) a buffer. */
public enum BufferOwnership {
    /** We buy it, own it, store it. */
    OWN_STOCK,
    /** Vendor-managed inventory: the supplier decides when and how much, we own it on receipt. */
    VMI,
    /** Consignment: the supplier owns it, in our warehouse, until we take a unit out; then we pay. */
    CONSIGNMENT,
    /** Own stock, paid later: supply-chain finance (reverse factoring) extends the payment terms. */
    SUPPLY_CHAIN_FINANCE
}
