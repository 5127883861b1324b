package be.veerkracht.portfolio.synthetic;

/** Whole numbers from {@code min} to {@code max}, both included: days, shots, euros. */
record DayRange(int min, int max) {

    DayRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
        }
    }

    int draw(Draws draws) {
        return draws.between(min, max);
    }
}
