package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import org.jdbi.v3.core.Handle;

/**
 * One record type of a portfolio stored as rows of a snapshot table: written on save, read back into a
 * {@link PortfolioAssembly} on load, so the loaded portfolio passes the same checks as an imported one.
 */
interface SnapshotTable {

    void insert(Handle handle, long snapshotId, Portfolio portfolio);

    void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly);
}
