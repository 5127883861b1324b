package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.page.Labels;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The scatter's data, inlined in the page's {@code data-chart}: one point per node (x time to recover, y time to
 * survive, null for "never runs short", the impact for its size), the texts of axes, legend and tooltip in the
 * visitor's language, and the numbers already formatted in it, so the script only draws.
 */
final class RecoveryChart {

    private RecoveryChart() {
    }

    static String json(Labels text, NodeNames names, List<NodeRecovery> nodes) {
        ObjectNode chart = Json.object();
        chart.put("x_axis", text.get(RecoveryText.CHART_TTR_AXIS))
                .put("y_axis", text.get(RecoveryText.CHART_TTS_AXIS))
                .put("diagonal", text.get(RecoveryText.CHART_DIAGONAL))
                .put("exposed", text.get(RecoveryText.CHART_EXPOSED))
                .put("never", text.get(RecoveryText.CHART_NEVER))
                .put("empty", text.get(RecoveryText.CHART_EMPTY));
        chart.putObject("tooltip").put("node", text.get(RecoveryText.TOOLTIP_NODE))
                .put("kind", text.get(RecoveryText.TOOLTIP_KIND)).put("ttr", text.get(RecoveryText.TOOLTIP_TTR))
                .put("tts", text.get(RecoveryText.TOOLTIP_TTS)).put("impact", text.get(RecoveryText.TOOLTIP_IMPACT));
        ArrayNode kinds = chart.putArray("kinds");
        for (NodeKind kind : NodeKind.values()) {
            if (nodes.stream().anyMatch(n -> n.node().kind() == kind)) {
                kinds.addObject().put("code", kind.code()).put("label", names.kind(kind));
            }
        }
        ArrayNode points = chart.putArray("points");
        for (NodeRecovery n : nodes) {
            ObjectNode point = points.addObject().put("node", names.label(n.node()))
                    .put("kind", n.node().kind().code()).put("kind_label", names.kind(n.node().kind()))
                    .put("ttr", n.ttrDays());
            if (RecoveryView.finite(n.ttsDays())) {
                point.put("tts", n.ttsDays().doubleValue());
            } else {
                point.putNull("tts");
            }
            point.put("impact", n.performanceImpactEur()).put("exposed", n.exposed())
                    .put("ttr_text", RecoveryView.days(text, n.ttrDays()))
                    .put("tts_text", RecoveryView.days(text, n.ttsDays()))
                    .put("impact_text", RecoveryView.eur(text, n.performanceImpactEur()));
        }
        return Json.write(chart);
    }
}
