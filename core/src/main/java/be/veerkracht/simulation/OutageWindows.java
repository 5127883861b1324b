package be.veerkracht.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the windows of one source that overlap or touch into one. Several events hitting one source (a zone and a
 * supplier outage) are one stoppage to it: the others' ramp-up counts from the first day it went down, not from the
 * start of a later, overlapping event.
 */
public final class OutageWindows {

    private OutageWindows() {
    }

    /** Per source (in order of first appearance), its windows sorted by start, overlapping or touching ones joined. */
    public static List<Outage> merge(List<Outage> outages) {
        Map<String, List<Outage>> bySource = new LinkedHashMap<>();
        for (Outage outage : outages) {
            bySource.computeIfAbsent(outage.sourceId(), id -> new ArrayList<>()).add(outage);
        }
        List<Outage> merged = new ArrayList<>();
        bySource.forEach((source, windows) -> merged.addAll(mergeOne(source, windows)));
        return merged;
    }

    private static List<Outage> mergeOne(String source, List<Outage> windows) {
        List<Outage> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(Outage::startDay).thenComparingInt(Outage::endDay));
        List<Outage> merged = new ArrayList<>();
        int start = sorted.get(0).startDay();
        int end = sorted.get(0).endDay();
        for (Outage next : sorted.subList(1, sorted.size())) {
            if (next.startDay() <= end) {
                end = Math.max(end, next.endDay());
            } else {
                merged.add(new Outage(source, start, end));
                start = next.startDay();
                end = next.endDay();
            }
        }
        merged.add(new Outage(source, start, end));
        return merged;
    }
}
