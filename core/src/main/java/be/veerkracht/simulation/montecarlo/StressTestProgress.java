package be.veerkracht.simulation.montecarlo;

/**
 * Told after each finished scenario (from worker threads, in no particular order: implementations must be
 * thread-safe). The count only grows.
 */
@FunctionalInterface
public interface StressTestProgress {

    StressTestProgress NONE = (done, total) -> { };

    void scenariosDone(int done, int total);
}
