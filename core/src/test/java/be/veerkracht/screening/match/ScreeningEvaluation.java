package be.veerkracht.screening.match;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recall and precision of a {@link ListIndex} over the evaluation set at a threshold (docs/screening.md):
 * per query, the answer is the top hit at or above the threshold (several hits tied at the top score all count
 * as the top). A positive query is a true positive when its expected entry is the top; a wrong top, or any hit
 * for a decoy, is a false positive; a positive query with no hit is a false negative.
 * recall = TP / positive queries; precision = TP / (TP + FP).
 */
final class ScreeningEvaluation {

    /** Counts per variant kind. */
    static final class Counts {
        int queries;
        int positives;
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }

    final Map<String, Counts> byKind = new TreeMap<>();
    final Counts total = new Counts();
    final StringBuilder failures = new StringBuilder();

    /** Every case's hits at or above {@code floor}, searched once, for evaluating several thresholds. */
    static List<List<ScreeningHit>> search(ListIndex index, List<EvaluationSet.Case> cases, double floor) {
        return cases.stream().map(c -> index.search(ScreeningQuery.ofName(c.query()), floor)).toList();
    }

    ScreeningEvaluation(List<EvaluationSet.Case> cases, List<List<ScreeningHit>> allHits, double threshold) {
        for (int n = 0; n < cases.size(); n++) {
            EvaluationSet.Case c = cases.get(n);
            List<ScreeningHit> hits = allHits.get(n).stream().filter(h -> h.score() >= threshold).toList();
            Counts k = byKind.computeIfAbsent(c.kind(), x -> new Counts());
            k.queries++;
            total.queries++;
            if (!c.decoy()) {
                k.positives++;
                total.positives++;
            }
            boolean correct = !c.decoy() && !hits.isEmpty() && hits.stream()
                    .filter(h -> h.score() == hits.get(0).score())
                    .anyMatch(h -> h.entryId().equals(c.expectedEntryId()));
            if (correct) {
                k.truePositives++;
                total.truePositives++;
            } else if (!hits.isEmpty()) {
                k.falsePositives++;
                total.falsePositives++;
                failures.append(String.format(Locale.ROOT, "FP %-18s %-45s expected %-10s got %s%n", c.kind(),
                        c.query(), c.expectedEntryId(), hits.get(0).match().explanation().describe() + " "
                        + hits.get(0).entryId()));
            }
            if (!c.decoy() && hits.isEmpty()) {
                k.falseNegatives++;
                total.falseNegatives++;
                failures.append(String.format(Locale.ROOT, "FN %-18s %-45s expected %s%n", c.kind(), c.query(),
                        c.expectedEntryId()));
            }
        }
    }

    static double recall(Counts c) {
        return c.positives == 0 ? Double.NaN : (double) c.truePositives / c.positives;
    }

    static double precision(Counts c) {
        int answered = c.truePositives + c.falsePositives;
        return answered == 0 ? Double.NaN : (double) c.truePositives / answered;
    }

    String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %7s %5s %5s %5s %8s %9s%n", "kind",
                "queries", "TP", "FP", "FN", "recall", "precision"));
        byKind.forEach((kind, c) -> b.append(row(kind, c)));
        return b.append(row("all", total)).toString();
    }

    private static String row(String kind, Counts c) {
        return String.format(Locale.ROOT, "%-20s %7d %5d %5d %5d %8.4f %9.4f%n", kind, c.queries, c.truePositives,
                c.falsePositives, c.falseNegatives, recall(c), precision(c));
    }
}
