package be.veerkracht.sourcing.mcda;

import java.util.List;
import java.util.Objects;

/**
 * What adding or removing one alternative does to the order of the others.
 *
 * @param change      {@code removed} or {@code added}
 * @param alternative the alternative removed or added
 * @param swaps       pairs of the other alternatives whose order reversed; empty when none did
 */
public record RankReversal(String change, String alternative, List<Swap> swaps) {

    public RankReversal {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(alternative, "alternative");
        swaps = List.copyOf(swaps);
    }

    /** Two alternatives whose order reversed: {@code before} was above {@code after}, now it is below. */
    public record Swap(String wasAbove, String wasBelow) {
    }

    public boolean reversed() {
        return !swaps.isEmpty();
    }
}
