package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.Portfolio;
import java.util.Objects;

/** A stored import with its portfolio, rebuilt and checked again by {@code PortfolioAssembly}. */
public record Snapshot(SnapshotInfo info, Portfolio portfolio) {

    public Snapshot {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(portfolio, "portfolio");
    }
}
