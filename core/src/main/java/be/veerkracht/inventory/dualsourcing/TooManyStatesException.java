package be.veerkracht.inventory.dualsourcing;

/** A policy's Markov chain has more states than an exact evaluation allows; simulate it instead. */
public final class TooManyStatesException extends Exception {

    private static final long serialVersionUID = 1L;

    TooManyStatesException(int limit) {
        super("the policy's Markov chain has more than " + limit + " reachable states");
    }
}
