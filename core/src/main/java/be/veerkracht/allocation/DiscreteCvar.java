package be.veerkracht.allocation;

import java.util.Arrays;

/**
 * CVaR<sub>α</sub> of a discrete distribution: the probability-weighted mean of its worst (1 − α) mass, the
 * scenario on the boundary counted with the fraction that fits. Equal to Rockafellar and Uryasev's
 * min<sub>η</sub> η + E[(X − η)<sup>+</sup>]/(1 − α) (R. T. Rockafellar, S. Uryasev, "Optimization of conditional
 * value-at-risk", Journal of Risk 2(3):21–41, 2000, doi:10.21314/JOR.2000.038), which the optimiser minimises.
 * O(K log K).
 */
final class DiscreteCvar {

    private DiscreteCvar() {
    }

    static double of(double[] values, double[] probability, double alpha) {
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double tail = 1 - alpha;
        double left = tail;
        double sum = 0;
        for (int k : order) {
            double take = Math.min(left, probability[k]);
            sum += take * values[k];
            left -= take;
            if (left <= 0) {
                break;
            }
        }
        // probabilities summing to 1 within rounding: the last sliver is the smallest value's
        if (left > 0) {
            sum += left * values[order[order.length - 1]];
        }
        return sum / tail;
    }
}
