package be.veerkracht.inventory.dualsourcing;

import java.util.Locale;

/**
 * The demand of one period: a probability mass function on the integers {@link #min()} .. {@link #max()}.
 * Written as {@code uniform:A:B} (discrete uniform on A..B), {@code poisson:MEAN} (truncated above where the tail
 * mass falls below {@link PoissonDemand#TAIL_MASS}, then renormalised) or {@code pmf:p0,p1,...} (a given pmf on
 * 0..n, renormalised if its sum is within {@link PmfDemand#SUM_TOLERANCE} of 1).
 */
public sealed interface DemandDistribution permits UniformDemand, PoissonDemand, PmfDemand {

    /** The smallest demand with positive probability. */
    int min();

    /** The largest demand with positive probability (after truncation). */
    int max();

    /** P(D = d); 0 outside min..max. */
    double probability(int d);

    /** E[D] of this (truncated) distribution. */
    default double mean() {
        double mean = 0;
        for (int d = min(); d <= max(); d++) {
            mean += d * probability(d);
        }
        return mean;
    }

    /** The probabilities of min..max, a fresh copy: element i is P(D = min + i). */
    default double[] probabilities() {
        double[] p = new double[max() - min() + 1];
        for (int d = min(); d <= max(); d++) {
            p[d - min()] = probability(d);
        }
        return p;
    }

    /** The text form this distribution parses from, e.g. {@code uniform:0:4}. */
    String text();

    /**
     * Reads {@code uniform:A:B}, {@code poisson:MEAN} or {@code pmf:p0,p1,...} (numbers with a decimal point).
     *
     * @throws IllegalArgumentException naming what is wrong and the accepted forms
     */
    static DemandDistribution parse(String text) {
        String forms = "; expected uniform:A:B, poisson:MEAN or pmf:p0,p1,...";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("demand: empty" + forms);
        }
        String[] parts = text.trim().split(":", -1);
        String kind = parts[0].toLowerCase(Locale.ROOT);
        try {
            switch (kind) {
                case "uniform":
                    if (parts.length != 3) {
                        throw new IllegalArgumentException("demand '" + text + "': uniform needs A and B" + forms);
                    }
                    return new UniformDemand(Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()));
                case "poisson":
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("demand '" + text + "': poisson needs a mean" + forms);
                    }
                    return new PoissonDemand(Double.parseDouble(parts[1].trim()));
                case "pmf":
                    if (parts.length != 2 || parts[1].isBlank()) {
                        throw new IllegalArgumentException("demand '" + text + "': pmf needs p0,p1,..." + forms);
                    }
                    String[] values = parts[1].split(",", -1);
                    double[] p = new double[values.length];
                    for (int i = 0; i < values.length; i++) {
                        p[i] = Double.parseDouble(values[i].trim());
                    }
                    return new PmfDemand(p);
                default:
                    throw new IllegalArgumentException("demand '" + text + "': unknown kind '" + parts[0] + "'"
                            + forms);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("demand '" + text + "': not a number (" + e.getMessage() + ")"
                    + forms, e);
        }
    }
}
