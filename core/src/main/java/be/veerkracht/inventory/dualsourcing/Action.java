package be.veerkracht.inventory.dualsourcing;

/**
 * What to order in a period: {@code expedited} units that arrive at once and {@code regular} units that arrive
 * l_r periods later.
 */
public record Action(int expedited, int regular) {

    /** @throws IllegalArgumentException on a negative quantity */
    public Action {
        if (expedited < 0 || regular < 0) {
            throw new IllegalArgumentException("order quantities must be >= 0, got " + expedited + ", " + regular);
        }
    }
}
