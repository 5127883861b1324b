package be.veerkracht.web.api;

import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartSplits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/parts/{id}/split} as JSON (schema {@code PartSplit} of the OpenAPI document): the fields of a
 * part object of {@code veerkracht optimize-split --format json} (schema {@code veerkracht/optimize-split-portfolio/1})
 * under the same names, plus the settings and the snapshot. EUR to the cent, units to 4 decimals, messages in
 * English. A part with fewer than two sources export control admits has {@code "optimum": null} and a {@code reason}.
 */
final class SplitDocument {

    private SplitDocument() {
    }

    static Map<String, Object> of(AssessedSnapshot assessed, String partId, PartSplits.Settings settings,
                                  PortfolioAllocationResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("snapshot_id", assessed.snapshot().info().id());
        root.put("part", partId);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cvar_weight", settings.cvarWeight());
        s.put("cvar_alpha", settings.cvarAlpha());
        s.put("scenarios", settings.scenarios());
        s.put("seed", settings.seed());
        s.put("frontier_points", PartSplits.FRONTIER_POINTS);
        root.put("settings", s);
        root.put("method", PartSplits.METHOD);
        PartAllocation part = PartSplits.part(result, partId).orElse(null);
        if (part == null) {
            root.put("reason", "no split is computed: the part has fewer than two sources export control admits, "
                    + "so there is nothing to split");
            root.put("optimum", null);
            root.put("current", null);
            root.put("eighty_twenty", null);
            root.put("fifty_fifty", null);
            root.put("frontier", List.of());
            root.put("explanation", List.of());
            return root;
        }
        root.put("reason", null);
        SplitFields.part(root, part, "sampling", false);
        return root;
    }
}
