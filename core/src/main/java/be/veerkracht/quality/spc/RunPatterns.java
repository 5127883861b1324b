package be.veerkracht.quality.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The patterns the run rules are made of, each a scan over the points in O(N·m) for windows of m points. A pattern
 * fires at the point that completes it; a point exactly on a zone boundary or on the centre line is not beyond it.
 */
final class RunPatterns {

    private final double[] x;
    private final double center;
    private final double sigma;

    RunPatterns(double[] points, ControlLimits limits) {
        this.x = points.clone();
        this.center = limits.center();
        this.sigma = limits.sigma();
    }

    /** Single points farther than {@code zone} σ from the centre. */
    void beyond(RunRule rule, double zone, List<RuleFiring> out) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - center) > zone * sigma) {
                out.add(new RuleFiring(rule, i, List.of(i)));
            }
        }
    }

    /** At least {@code k} of {@code m} consecutive points beyond {@code zone} σ on one side, the last among them. */
    void kOfMBeyond(RunRule rule, int k, int m, double zone, List<RuleFiring> out) {
        for (int i = m - 1; i < x.length; i++) {
            for (int side : new int[] {1, -1}) {
                if (!beyondOnSide(i, side, zone)) {
                    continue;
                }
                int from = i - m + 1;
                List<Integer> in = IntStream.rangeClosed(from, i).filter(j -> beyondOnSide(j, side, zone)).boxed()
                        .toList();
                if (in.size() >= k) {
                    out.add(new RuleFiring(rule, i, in));
                }
            }
        }
    }

    /** {@code m} points in a row strictly on one side of the centre line. */
    void sameSide(RunRule rule, int m, List<RuleFiring> out) {
        int above = 0;
        int below = 0;
        for (int j = 0; j < x.length; j++) {
            above = x[j] > center ? above + 1 : 0;
            below = x[j] < center ? below + 1 : 0;
            fire(rule, Math.max(above, below), m, j, out);
        }
    }

    /** {@code m} points in a row, each strictly above (or each strictly below) the one before: m − 1 steps. */
    void trend(RunRule rule, int m, List<RuleFiring> out) {
        int up = 0;
        int down = 0;
        for (int j = 1; j < x.length; j++) {
            up = x[j] > x[j - 1] ? up + 1 : 0;
            down = x[j] < x[j - 1] ? down + 1 : 0;
            fire(rule, Math.max(up, down) + 1, m, j, out);
        }
    }

    /** {@code m} points in a row alternating up and down: m − 1 steps, each in the other direction. */
    void alternating(RunRule rule, int m, List<RuleFiring> out) {
        int steps = 0;
        double previous = 0;
        for (int j = 1; j < x.length; j++) {
            double step = Math.signum(x[j] - x[j - 1]);
            steps = step == 0 ? 0 : (steps > 0 && step == -previous ? steps + 1 : 1);
            previous = step;
            fire(rule, steps + 1, m, j, out);
        }
    }

    /** {@code m} points in a row strictly within {@code zone} σ of the centre. */
    void within(RunRule rule, int m, double zone, List<RuleFiring> out) {
        int run = 0;
        for (int j = 0; j < x.length; j++) {
            run = Math.abs(x[j] - center) < zone * sigma ? run + 1 : 0;
            fire(rule, run, m, j, out);
        }
    }

    /** {@code m} points in a row farther than {@code zone} σ from the centre, on either side. */
    void outside(RunRule rule, int m, double zone, List<RuleFiring> out) {
        int run = 0;
        for (int j = 0; j < x.length; j++) {
            run = Math.abs(x[j] - center) > zone * sigma ? run + 1 : 0;
            fire(rule, run, m, j, out);
        }
    }

    private boolean beyondOnSide(int j, int side, double zone) {
        return side * (x[j] - center) > zone * sigma;
    }

    /** A run of {@code length} points ending at {@code j} fires when it has at least {@code m} points. */
    private static void fire(RunRule rule, int length, int m, int j, List<RuleFiring> out) {
        if (length >= m) {
            out.add(new RuleFiring(rule, j, range(j - m + 1, j)));
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> indices = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            indices.add(i);
        }
        return indices;
    }
}
