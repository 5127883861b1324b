package be.veerkracht.quality.capability;

/** A two-sided confidence interval at {@code confidence} (e.g. 0.95). */
public record Interval(double lower, double upper, double confidence) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("interval lower bound above upper: " + lower + " > " + upper);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }
}
