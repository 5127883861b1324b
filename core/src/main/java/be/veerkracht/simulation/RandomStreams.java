package be.veerkracht.simulation;

import java.util.Objects;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, scenario, part, day, purpose), so there is
 * no generator state to share between threads, and scenario {@code i} sees the same numbers whichever thread (or
 * machine) runs it and in whatever order.
 *
 * <p>Method: the counters are absorbed one at a time, each step adding the golden-ratio increment and applying the
 * SplitMix64 output finalizer (a bijective 64-bit mixer with good avalanche), G. L. Steele Jr., D. Lea and C. H. Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014, ACM SIGPLAN Notices 49(10):453–472,
 * doi:10.1145/2714064.2660195. The top 53 bits of the result give a double in [0, 1) with spacing 2<sup>-53</sup>.
 * Cost: O(1), six mixer rounds per uniform.
 *
 * <p>Normal variates use the Box–Muller transform on two such uniforms (G. E. P. Box and M. E. Muller, "A note on
 * the generation of random normal deviates", Annals of Mathematical Statistics 29(2):610–611, 1958,
 * doi:10.1214/aoms/1177706645), through {@link StrictMath} so the bits do not depend on the JVM's intrinsics.
 *
 * <p>Limits: this is a statistical generator, not a cryptographic one; the counters are hashed, not enumerated, so two
 * distinct counter tuples collide only with the probability of a 64-bit hash collision.
 *
 * @param seed the user's seed
 */
public record RandomStreams(long seed) {

    /** SplitMix64's increment, 2<sup>64</sup>/φ rounded to odd (Steele, Lea, Flood 2014). */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** 2<sup>-53</sup>: scales a 53-bit integer to [0, 1). */
    private static final double UNIT_53 = 0x1.0p-53;
    /** Bits dropped to keep the top 53 of 64. */
    private static final int DROPPED_BITS = 11;
    /** Lane of the first and second uniform that one normal variate consumes. */
    private static final int FIRST_LANE = 0;
    private static final int SECOND_LANE = 1;
    private static final double TWO_PI = 2 * Math.PI;

    /** A uniform draw in [0, 1). */
    public double uniform(long scenario, int part, int day, DrawPurpose purpose) {
        return uniform(scenario, part, day, purpose, FIRST_LANE);
    }

    /** A standard normal draw (mean 0, variance 1) by Box–Muller, cosine branch. */
    public double standardNormal(long scenario, int part, int day, DrawPurpose purpose) {
        // 1 - u lies in (0, 1], so the logarithm is finite.
        double radiusUniform = 1.0 - uniform(scenario, part, day, purpose, FIRST_LANE);
        double angleUniform = uniform(scenario, part, day, purpose, SECOND_LANE);
        return StrictMath.sqrt(-2.0 * StrictMath.log(radiusUniform)) * StrictMath.cos(TWO_PI * angleUniform);
    }

    /** The raw 64-bit value behind a draw; exposed for the bit-reproducibility tests. */
    long bits(long scenario, int part, int day, DrawPurpose purpose, int lane) {
        Objects.requireNonNull(purpose, "purpose");
        long state = mix(seed);
        state = mix(state ^ scenario);
        state = mix(state ^ part);
        state = mix(state ^ day);
        state = mix(state ^ purpose.ordinal());
        return mix(state ^ lane);
    }

    private double uniform(long scenario, int part, int day, DrawPurpose purpose, int lane) {
        return (bits(scenario, part, day, purpose, lane) >>> DROPPED_BITS) * UNIT_53;
    }

    /** One SplitMix64 step: advance by the gamma, then the finalizer (variant 13 of Stafford's mixers). */
    static long mix(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
