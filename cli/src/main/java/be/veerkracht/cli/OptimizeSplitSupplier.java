package be.veerkracht.cli;

import java.util.Locale;

/**
 * One {@code --supplier NAME:PRICE:CAPACITY:FAILURE_PROB} of the single-decision mode of {@code optimize-split}.
 *
 * @param name               its name, unique among the suppliers
 * @param priceEurPerUnit    EUR per delivered unit, &ge; 0
 * @param capacityUnits      the most it can deliver in the period, units, &ge; 0
 * @param failureProbability chance it delivers nothing at all, in [0, 1]
 */
record OptimizeSplitSupplier(String name, double priceEurPerUnit, double capacityUnits, double failureProbability) {

    static final String SYNTAX = "NAME:PRICE:CAPACITY:FAILURE_PROB";

    /** Parses one value; every problem named with the value (exit code 2). */
    static OptimizeSplitSupplier parse(String value) throws BadInputException {
        String[] fields = value.split(":", -1);
        if (fields.length != 4 || fields[0].isBlank()) {
            throw bad(value, "must be " + SYNTAX + " (four fields separated by ':')");
        }
        double price = number(value, fields[1], "PRICE");
        double capacity = number(value, fields[2], "CAPACITY");
        double probability = number(value, fields[3], "FAILURE_PROB");
        if (price < 0) {
            throw bad(value, "PRICE must be at least 0 EUR");
        }
        if (capacity < 0) {
            throw bad(value, "CAPACITY must be at least 0 units");
        }
        if (probability < 0 || probability > 1) {
            throw bad(value, "FAILURE_PROB must be a probability in [0, 1]");
        }
        return new OptimizeSplitSupplier(fields[0].trim(), price, capacity, probability);
    }

    private static double number(String value, String field, String what) throws BadInputException {
        try {
            double number = Double.parseDouble(field.trim());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw bad(value, what + " must be a number with a decimal point, got '" + field + "'");
    }

    private static BadInputException bad(String value, String why) {
        return new BadInputException(String.format(Locale.ROOT, "optimize-split: --supplier '%s': %s", value, why));
    }
}
