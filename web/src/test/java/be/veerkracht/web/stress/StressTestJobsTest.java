package be.veerkracht.web.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of runs: one at a time, a limit on those waiting, the last ones kept, cancellation. */
class StressTestJobsTest {

    private static final Portfolio PORTFOLIO = TestServer.samplePortfolio();
    private static final ExposureAssessment ASSESSMENT = TestServer.sampleAssessment();
    /** Long enough to still be running while the test looks at it. */
    private static final StressTestSettings LONG = StressTestSettings.of(StressInput.MAX_SCENARIOS,
            StressInput.MAX_HORIZON_DAYS, 1, 1);

    private static StressTestJobs jobs() {
        return new StressTestJobs(ReferenceGeographyLoader.shipped(), StressTestJobs.shippedCatalogue());
    }

    private static void awaitEnd(StressTestJob job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (job.isActive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(job.isActive()).as("ended").isFalse();
    }

    @Test
    void refuses_beyond_the_runs_waiting_and_cancels_them_all_on_close() throws InterruptedException {
        StressTestJobs jobs = jobs();
        List<StressTestJob> accepted = new ArrayList<>();
        for (int i = 0; i < StressTestJobs.MAX_ACTIVE; i++) {
            accepted.add(jobs.start(1, PORTFOLIO, ASSESSMENT, LONG));
        }
        assertThat(accepted).extracting(StressTestJob::id).containsExactly(1L, 2L, 3L);
        assertThatThrownBy(() -> jobs.start(1, PORTFOLIO, ASSESSMENT, LONG))
                .isInstanceOf(StressTestJobs.BusyException.class);
        assertThat(jobs.newest()).contains(accepted.get(2));
        assertThat(accepted.get(1).status()).isEqualTo(StressTestJob.Status.RUNNING);
        assertThat(accepted.get(1).done()).as("waiting for the first").isZero();

        jobs.close();

        for (StressTestJob job : accepted) {
            awaitEnd(job);
            assertThat(job.status()).isEqualTo(StressTestJob.Status.CANCELLED);
            assertThat(job.outcome()).isNull();
        }
        assertThat(accepted.get(0).done()).isLessThan(accepted.get(0).total());
    }

    @Test
    void keeps_the_last_runs_and_counts_progress_to_the_end() throws InterruptedException {
        StressTestJobs jobs = jobs();
        try {
            StressTestSettings small = StressTestSettings.of(20, 30, 5, 1);
            List<StressTestJob> all = new ArrayList<>();
            for (int i = 0; i < StressTestJobs.KEPT + 2; i++) {
                StressTestJob job = jobs.start(1, PORTFOLIO, ASSESSMENT, small);
                all.add(job);
                awaitEnd(job);
                assertThat(job.status()).isEqualTo(StressTestJob.Status.FINISHED);
                assertThat(job.done()).isEqualTo(20);
                assertThat(job.outcome().actions()).hasSizeLessThanOrEqualTo(StressTestJobs.ACTIONS);
            }
            assertThat(jobs.find(1)).isEmpty();
            assertThat(jobs.find(2)).isEmpty();
            assertThat(jobs.find(3)).contains(all.get(2));
            assertThat(jobs.find(all.size())).contains(all.get(all.size() - 1));
        } finally {
            jobs.close();
        }
    }
}
