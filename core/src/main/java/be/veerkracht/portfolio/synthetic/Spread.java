package be.veerkracht.portfolio.synthetic;

/**
 * A log-normal spread of a positive quantity: half the values lie below {@code median}; {@code sigma} is the
 * standard deviation of its logarithm (0.7 ≈ a factor 2 either side for two thirds of the values, 1.3 a long tail).
 */
record Spread(double median, double sigma) {

    Spread {
        if (!(median > 0) || !(sigma >= 0)) {
            throw new IllegalArgumentException("median must be > 0 and sigma >= 0");
        }
    }

    double draw(Draws draws) {
        return draws.logNormal(median, sigma);
    }
}
