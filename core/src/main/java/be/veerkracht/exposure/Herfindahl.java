package be.veerkracht.exposure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Herfindahl–Hirschman index of concentration: HHI = Σ s_k², with s_k the fraction of the part's active
 * volume in group k (supplier, country or zone; shares of one group are added first). 1 means one group; 1/n means n
 * equal groups. Shares are normalised over the active sources, so a planned share with an unqualified source (a
 * separate finding) does not make a part look diversified. Source: Hirschman, "The Paternity of an Index",
 * American Economic Review 54(5), 1964; U.S. DOJ/FTC Horizontal Merger Guidelines (2023), §2.3, on the 0..1 scale.
 */
final class Herfindahl {

    private Herfindahl() {
    }

    static <K> double of(List<ActiveSource> sources, Function<ActiveSource, K> group) {
        double total = sources.stream().mapToDouble(ActiveSource::share).sum();
        if (total <= 0) {
            return 0;
        }
        Map<K, Double> byGroup = new HashMap<>();
        sources.forEach(s -> byGroup.merge(group.apply(s), s.share(), Double::sum));
        double hhi = 0;
        for (double share : byGroup.values()) {
            double fraction = share / total;
            hhi += fraction * fraction;
        }
        return hhi;
    }
}
