package be.veerkracht.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assessment of a snapshot is computed once, and again only when a newer snapshot is stored. */
class LatestAssessmentTest {

    /** Snapshots in memory that count how often one is loaded; the real store is tested in the store module. */
    private static final class CountingSource implements SnapshotSource {
        private final List<Snapshot> stored = new ArrayList<>();
        private int loads;

        @Override
        public Optional<Long> latestId() {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1).info().id());
        }

        @Override
        public Optional<Snapshot> load(long id) {
            loads++;
            return stored.stream().filter(s -> s.info().id() == id).findFirst();
        }

        @Override
        public List<SnapshotInfo> list() {
            return stored.stream().map(Snapshot::info).toList();
        }

        @Override
        public SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
            SnapshotInfo saved = new SnapshotInfo(stored.size() + 1, Instant.EPOCH, info.source(),
                    info.contentSha256(), info.actor(), portfolio.parts().size(), portfolio.suppliers().size(),
                    portfolio.links().size(), portfolio.tools().size());
            stored.add(new Snapshot(saved, portfolio));
            return saved;
        }
    }

    @Test
    void assesses_each_snapshot_once_and_shows_a_new_import_at_once() {
        CountingSource source = new CountingSource();
        LatestAssessment latest = new LatestAssessment(source, ReferenceGeographyLoader.shipped());
        assertThat(latest.get()).isEmpty();

        Portfolio sample = TestServer.samplePortfolio();
        source.save(sample, new ImportInfo("first", "0".repeat(64), "test"));
        AssessedSnapshot first = latest.get().orElseThrow();
        assertThat(latest.get().orElseThrow()).isSameAs(first);
        assertThat(latest.get().orElseThrow()).isSameAs(first);
        assertThat(source.loads).isEqualTo(1);

        source.save(sample, new ImportInfo("second", "1".repeat(64), "test"));
        AssessedSnapshot second = latest.get().orElseThrow();
        assertThat(second.snapshot().info().source()).isEqualTo("second");
        assertThat(source.loads).isEqualTo(2);
        // 180 parts: the sample (its README)
        assertThat(second.assessment().partCount()).isEqualTo(180);
    }
}
