package be.veerkracht.inventory.dualsourcing;

/**
 * The exact optimum of a dual-sourcing instance on a bounded state space.
 *
 * @param averageCost g, the optimal long-run average cost per period (midpoint of the bounds below)
 * @param lowerBound min over states of (TV − V) at the last iteration: g is at least this
 * @param upperBound max over states of (TV − V) at the last iteration: g is at most this
 * @param iterations relative value iterations done
 * @param states states in the box
 * @param bounds the box
 * @param policy the optimal policy, a table over the box
 * @param boundCheck whether the optimal policy reaches the box's faces
 */
public record OptimalSolution(double averageCost, double lowerBound, double upperBound, int iterations, long states,
        StateSpaceBounds bounds, TabulatedPolicy policy, BoundCheck boundCheck) {

    /**
     * The optimal orders in a state.
     *
     * @throws IllegalArgumentException if the state is outside the box or has the wrong pipeline length
     */
    public Action optimalAction(State state) {
        return policy.action(state);
    }
}
