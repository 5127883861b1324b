package be.veerkracht.simulation.montecarlo;

/** Which supply simulator a stress test runs: the same model, two ways of computing it. */
public enum StressEngine {
    /** {@link be.veerkracht.simulation.EventDrivenSupplySimulator}: only touched parts, only eventful days. */
    EVENT_DRIVEN,
    /** {@link be.veerkracht.simulation.ReferenceSupplySimulator}: every part, every day (the test oracle). */
    REFERENCE
}
