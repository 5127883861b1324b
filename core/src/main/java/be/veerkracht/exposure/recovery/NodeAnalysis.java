package be.veerkracht.exposure.recovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One disrupted node: its touched parts (those with an active link inside it), split into components that share
 * the stated capacity of a surviving supplier. A part alone in its component is solved in closed form
 * ({@link PartAlone}, the LP's optimum); a shared component by linear programming ({@link CoupledLp}).
 */
final class NodeAnalysis {

    /** The node's result with its risk exposure index still 0, and the LPs it took. */
    record Outcome(NodeRecovery recovery, int lpsSolved, int closedForms) {
    }

    private final RecoveryNetwork network;

    NodeAnalysis(RecoveryNetwork network) {
        this.network = network;
    }

    Outcome analyse(NodeScope scope) {
        List<PartFlow> touched = new ArrayList<>();
        List<List<SourceFlow>> surviving = new ArrayList<>();
        for (PartFlow part : network.candidates(scope)) {
            boolean hit = false;
            List<SourceFlow> left = new ArrayList<>();
            for (SourceFlow source : part.sources()) {
                if (scope.stops().test(source.link())) {
                    hit |= source.active();
                } else {
                    left.add(source);
                }
            }
            if (hit) {
                touched.add(part);
                surviving.add(left);
            }
        }
        Set<String> touchedIds = new LinkedHashSet<>();
        touched.forEach(p -> touchedIds.add(p.id()));
        Map<String, SupplierLimit> limits = limits(surviving, touchedIds);
        List<List<Integer>> components = components(surviving, limits);

        double ttr = scope.ttrDays();
        double[] lost = new double[touched.size()];
        Double[] partTts = new Double[touched.size()];
        Double nodeTts = null;
        int lps = 0;
        int closed = 0;
        for (List<Integer> component : components) {
            Double componentTts = null;
            for (int j : component) {
                PartAlone alone = new PartAlone(touched.get(j), surviving.get(j), limitsOf(surviving.get(j), limits));
                partTts[j] = alone.timeToSurvive();
                if (component.size() == 1) {
                    lost[j] = alone.shortage(ttr);
                    componentTts = partTts[j];
                    closed++;
                }
            }
            if (component.size() > 1) {
                List<PartFlow> parts = component.stream().map(touched::get).toList();
                List<List<SourceFlow>> sources = component.stream().map(surviving::get).toList();
                Map<String, SupplierLimit> shared = new LinkedHashMap<>();
                sources.forEach(list -> shared.putAll(limitsOf(list, limits)));
                CoupledLp lp = new CoupledLp(parts, sources, shared);
                double[] shortages = lp.shortages(ttr);
                for (int k = 0; k < component.size(); k++) {
                    lost[component.get(k)] = shortages[k];
                }
                componentTts = lp.timeToSurvive();
                lps += lp.solved();
            }
            if (componentTts != null && (nodeTts == null || componentTts < nodeTts)) {
                nodeTts = componentTts;
            }
        }
        List<PartRecovery> parts = new ArrayList<>();
        double impact = 0;
        for (int j = 0; j < touched.size(); j++) {
            double loss = lost[j] * touched.get(j).cost();
            impact += loss;
            parts.add(new PartRecovery(touched.get(j).id(), lost[j], loss, partTts[j]));
        }
        parts.sort(Comparator.comparingDouble(PartRecovery::lossEur).reversed()
                .thenComparing(Comparator.comparingDouble(PartRecovery::lostUnits).reversed())
                .thenComparing(PartRecovery::partId));
        boolean exposed = nodeTts != null && nodeTts < ttr;
        return new Outcome(new NodeRecovery(scope.node(), ttr, scope.ttrBasis(), nodeTts, impact, 0, exposed, parts),
                lps, closed);
    }

    /** Each surviving supplier with a stated capacity: what is left of it for the touched parts. */
    private Map<String, SupplierLimit> limits(List<List<SourceFlow>> surviving, Set<String> touched) {
        Map<String, Double> lead = new LinkedHashMap<>();
        for (List<SourceFlow> sources : surviving) {
            for (SourceFlow source : sources) {
                if (network.supplierRate(source.supplierId()) != null) {
                    lead.merge(source.supplierId(), source.leadDays(), Math::min);
                }
            }
        }
        Map<String, SupplierLimit> limits = new HashMap<>();
        lead.forEach((supplier, days) -> {
            double left = network.supplierRate(supplier) - network.plannedRateOfOthers(supplier, touched);
            limits.put(supplier, new SupplierLimit(supplier, Math.max(0, left), days));
        });
        return limits;
    }

    private static Map<String, SupplierLimit> limitsOf(List<SourceFlow> sources, Map<String, SupplierLimit> limits) {
        Map<String, SupplierLimit> own = new LinkedHashMap<>();
        for (SourceFlow source : sources) {
            SupplierLimit limit = limits.get(source.supplierId());
            if (limit != null) {
                own.put(source.supplierId(), limit);
            }
        }
        return own;
    }

    /** Parts joined when they share a limited supplier (union-find), each component in part order. */
    private static List<List<Integer>> components(List<List<SourceFlow>> surviving, Map<String, SupplierLimit> limits) {
        int[] parent = new int[surviving.size()];
        for (int j = 0; j < parent.length; j++) {
            parent[j] = j;
        }
        Map<String, Integer> firstAt = new HashMap<>();
        for (int j = 0; j < surviving.size(); j++) {
            for (SourceFlow source : surviving.get(j)) {
                if (limits.containsKey(source.supplierId())) {
                    Integer other = firstAt.putIfAbsent(source.supplierId(), j);
                    if (other != null) {
                        parent[find(parent, j)] = find(parent, other);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int j = 0; j < parent.length; j++) {
            byRoot.computeIfAbsent(find(parent, j), r -> new ArrayList<>()).add(j);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int j) {
        while (parent[j] != j) {
            parent[j] = parent[parent[j]];
            j = parent[j];
        }
        return j;
    }
}
