package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.SnapshotSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The analysis of a snapshot is solved once, by one of the requests racing for it, and again after an import. */
class LatestRecoveryTest {

    /** Snapshots in memory; the real store is tested in the store module. */
    private static final class MemorySource implements SnapshotSource {
        private final List<Snapshot> stored = new ArrayList<>();

        @Override
        public synchronized Optional<Long> latestId() {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1).info().id());
        }

        @Override
        public synchronized Optional<Snapshot> load(long id) {
            return stored.stream().filter(s -> s.info().id() == id).findFirst();
        }

        @Override
        public synchronized List<SnapshotInfo> list() {
            return stored.stream().map(Snapshot::info).toList();
        }

        @Override
        public synchronized SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
            SnapshotInfo saved = new SnapshotInfo(stored.size() + 1, Instant.EPOCH, info.source(),
                    info.contentSha256(), info.actor(), portfolio.parts().size(), portfolio.suppliers().size(),
                    portfolio.links().size(), portfolio.tools().size());
            stored.add(new Snapshot(saved, portfolio));
            return saved;
        }
    }

    @Test
    void solves_each_snapshot_once_even_when_requests_race_and_again_after_an_import() throws Exception {
        MemorySource source = new MemorySource();
        AtomicInteger catalogueAsked = new AtomicInteger();
        EventCatalogue shipped = EventCatalogueLoader.shipped();
        // the catalogue is asked for once per analysis run: a count of the runs
        Supplier<EventCatalogue> counting = () -> {
            catalogueAsked.incrementAndGet();
            return shipped;
        };
        LatestRecovery latest = new LatestRecovery(
                new LatestAssessment(source, ReferenceGeographyLoader.shipped()), counting);
        assertThat(latest.get()).isEmpty();

        source.save(TestServer.samplePortfolio(), new ImportInfo("first", "0".repeat(64), "test"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RecoveredSnapshot>> racing = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racing.add(pool.submit(() -> latest.get().orElseThrow()));
            }
            Set<RecoveredSnapshot> seen = new HashSet<>();
            for (Future<RecoveredSnapshot> f : racing) {
                seen.add(f.get());
            }
            assertThat(seen).hasSize(1);
            assertThat(catalogueAsked).hasValue(1);
            RecoveredSnapshot first = seen.iterator().next();
            assertThat(first.snapshotId()).isEqualTo(1);
            assertThat(latest.get().orElseThrow()).isSameAs(first);

            source.save(TestServer.samplePortfolio(), new ImportInfo("second", "1".repeat(64), "test"));
            RecoveredSnapshot second = latest.get().orElseThrow();
            assertThat(second.snapshotId()).isEqualTo(2);
            assertThat(catalogueAsked).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
