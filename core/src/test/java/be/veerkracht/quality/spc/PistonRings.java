package be.veerkracht.quality.spc;

import java.util.Arrays;
import java.util.List;

/**
 * Montgomery's piston-ring inside diameters (mm): 25 phase I subgroups of 5 and 15 phase II subgroups, as shipped
 * with R's qcc package (data/pistonrings.txt, luca-scr/qcc; D. C. Montgomery, Introduction to Statistical Quality
 * Control, Tables 6.3 and 6.4). Specification 74.000 ± 0.05 mm (Montgomery, section 6.2.1).
 */
public final class PistonRings {

    public static final double LSL = 73.95;
    public static final double USL = 74.05;

    private static final double[][] PHASE_ONE = {
        {74.030, 74.002, 74.019, 73.992, 74.008}, {73.995, 73.992, 74.001, 74.011, 74.004},
        {73.988, 74.024, 74.021, 74.005, 74.002}, {74.002, 73.996, 73.993, 74.015, 74.009},
        {73.992, 74.007, 74.015, 73.989, 74.014}, {74.009, 73.994, 73.997, 73.985, 73.993},
        {73.995, 74.006, 73.994, 74.000, 74.005}, {73.985, 74.003, 73.993, 74.015, 73.988},
        {74.008, 73.995, 74.009, 74.005, 74.004}, {73.998, 74.000, 73.990, 74.007, 73.995},
        {73.994, 73.998, 73.994, 73.995, 73.990}, {74.004, 74.000, 74.007, 74.000, 73.996},
        {73.983, 74.002, 73.998, 73.997, 74.012}, {74.006, 73.967, 73.994, 74.000, 73.984},
        {74.012, 74.014, 73.998, 73.999, 74.007}, {74.000, 73.984, 74.005, 73.998, 73.996},
        {73.994, 74.012, 73.986, 74.005, 74.007}, {74.006, 74.010, 74.018, 74.003, 74.000},
        {73.984, 74.002, 74.003, 74.005, 73.997}, {74.000, 74.010, 74.013, 74.020, 74.003},
        {73.988, 74.001, 74.009, 74.005, 73.996}, {74.004, 73.999, 73.990, 74.006, 74.009},
        {74.010, 73.989, 73.990, 74.009, 74.014}, {74.015, 74.008, 73.993, 74.000, 74.010},
        {73.982, 73.984, 73.995, 74.017, 74.013},
    };

    private static final double[][] PHASE_TWO = {
        {74.012, 74.015, 74.030, 73.986, 74.000}, {73.995, 74.010, 73.990, 74.015, 74.001},
        {73.987, 73.999, 73.985, 74.000, 73.990}, {74.008, 74.010, 74.003, 73.991, 74.006},
        {74.003, 74.000, 74.001, 73.986, 73.997}, {73.994, 74.003, 74.015, 74.020, 74.004},
        {74.008, 74.002, 74.018, 73.995, 74.005}, {74.001, 74.004, 73.990, 73.996, 73.998},
        {74.015, 74.000, 74.016, 74.025, 74.000}, {74.030, 74.005, 74.000, 74.016, 74.012},
        {74.001, 73.990, 73.995, 74.010, 74.024}, {74.015, 74.020, 74.024, 74.005, 74.019},
        {74.035, 74.010, 74.012, 74.015, 74.026}, {74.017, 74.013, 74.036, 74.025, 74.026},
        {74.010, 74.005, 74.029, 74.000, 74.020},
    };

    private PistonRings() {
    }

    /** The 25 phase I subgroups. */
    public static List<List<Double>> phaseOne() {
        return groups(PHASE_ONE);
    }

    /** The 25 phase I subgroups followed by the 15 phase II subgroups. */
    public static List<List<Double>> bothPhases() {
        return java.util.stream.Stream.concat(groups(PHASE_ONE).stream(), groups(PHASE_TWO).stream()).toList();
    }

    /** The 125 phase I values in time order. */
    public static List<Double> phaseOneValues() {
        return phaseOne().stream().flatMap(List::stream).toList();
    }

    private static List<List<Double>> groups(double[][] rows) {
        return Arrays.stream(rows).map(row -> Arrays.stream(row).boxed().toList()).toList();
    }
}
