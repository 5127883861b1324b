package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of a {@link RankingMethod}: a score per alternative in input order (higher is better), the order best
 * first, and the explanation. Ties are broken by input order (the earlier row first). Immutable.
 *
 * @param alternatives the alternatives in input order
 * @param scores       the score of each alternative, in input order
 * @param order        alternative indices, best first
 * @param explanation  method, normalisation, formula, citation and weights used
 */
public record Ranking(List<String> alternatives, List<Double> scores, List<Integer> order,
                      RankingExplanation explanation) {

    public Ranking {
        alternatives = List.copyOf(alternatives);
        scores = List.copyOf(scores);
        order = List.copyOf(order);
        if (scores.size() != alternatives.size() || order.size() != alternatives.size()) {
            throw new IllegalArgumentException("one score and one place per alternative");
        }
    }

    /** A ranking of {@code scores} (higher is better), ties in input order. */
    static Ranking of(List<String> alternatives, double[] scores, RankingExplanation explanation) {
        List<Double> list = new ArrayList<>();
        for (double s : scores) {
            list.add(s);
        }
        List<Integer> order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i)).toList();
        return new Ranking(alternatives, list, order, explanation);
    }

    /** The place of alternative {@code index} (input order), 1 = best. */
    public int rankOf(int index) {
        return order.indexOf(index) + 1;
    }

    /** The places of every alternative in input order, 1 = best. */
    public List<Integer> ranks() {
        return IntStream.range(0, alternatives.size()).mapToObj(this::rankOf).toList();
    }

    /** The index of the best alternative. */
    public int top() {
        return order.get(0);
    }

    /** The alternatives' names, best first. */
    public List<String> namesBestFirst() {
        return order.stream().map(alternatives::get).toList();
    }
}
