package be.veerkracht.quality.spc;

import be.veerkracht.action.Action.Text;
import java.util.List;
import java.util.Objects;

/**
 * One signal of a run rule: the point (0-based index into the chart's points) that completed the pattern, and the
 * points the pattern consists of (for "k of m" rules only the k points in the zone). A rule fires at every point
 * that completes its pattern, so a long run fires at each point from its required length on.
 */
public record RuleFiring(RunRule rule, int index, List<Integer> points) {

    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        points = List.copyOf(points);
        if (points.isEmpty() || !points.contains(index)) {
            throw new IllegalArgumentException("a firing's points must contain the point that fired, " + index);
        }
    }

    /** The rule's plain description, e.g. "Two of three consecutive points beyond 2 σ on the same side". */
    public Text description() {
        return Text.of(rule);
    }
}
