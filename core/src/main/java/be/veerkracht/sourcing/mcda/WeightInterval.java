package be.veerkracht.sourcing.mcda;

import java.util.Objects;

/**
 * How far one criterion's weight can move, the others rescaled in proportion, before the top choice changes.
 *
 * @param criterion        the criterion whose weight moves
 * @param weight           its weight now (normalised)
 * @param lower            the smallest weight, ≥ 0, at which the top choice is still {@code top}
 * @param upper            the largest weight, ≤ 1, at which the top choice is still {@code top}
 * @param top              the top choice at the current weights
 * @param takesOverBelow   the alternative on top just below {@code lower}; null when {@code lower} is 0
 * @param takesOverAbove   the alternative on top just above {@code upper}; null when {@code upper} is 1
 * @param exact            true for breakpoints solved exactly (weighted sum), false for bisection to
 *                         {@link WeightSensitivity#BISECTION_TOLERANCE}
 */
public record WeightInterval(String criterion, double weight, double lower, double upper, String top,
                             String takesOverBelow, String takesOverAbove, boolean exact) {

    public WeightInterval {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(top, "top");
        if (!(lower <= weight + 1e-12 && weight <= upper + 1e-12)) {
            throw new IllegalArgumentException("weight " + weight + " outside [" + lower + ", " + upper + "]");
        }
    }
}
