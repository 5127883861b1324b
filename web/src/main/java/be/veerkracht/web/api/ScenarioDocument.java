package be.veerkracht.web.api;

import be.veerkracht.simulation.PartLoss;
import be.veerkracht.simulation.ScenarioOutages;
import be.veerkracht.simulation.ScenarioResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A named scenario for machines, schema {@value #SCHEMA}: what {@code veerkracht scenario --format json} prints
 * and what {@code POST /api/v1/scenarios} answers. Jackson writes numbers without a locale (decimal points
 * always); money stays an exact decimal.
 */
public final class ScenarioDocument {

    public static final String SCHEMA = "veerkracht/scenario/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ScenarioDocument() {
    }

    public static ObjectNode of(ScenarioResult result, String geographyVersion) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ArrayNode events = root.putArray("events");
        for (ScenarioOutages.ResolvedEvent event : result.events()) {
            events.addObject()
                    .put("event", event.event().label())
                    .put("kind", event.event().kind())
                    .put("target", event.event().target())
                    .put("days", event.days())
                    .put("sources_down", event.outages().size())
                    .put("sources_delayed", event.delays().size());
        }
        root.put("horizon_days", result.horizonDays());
        root.put("total_loss_eur", result.totalLossEur());
        ArrayNode parts = root.putArray("parts");
        for (PartLoss part : result.parts()) {
            parts.addObject()
                    .put("part_id", part.partId())
                    .put("lost_units", part.lostUnits())
                    .put("loss_eur", part.lossEur())
                    .put("fill_rate", part.fillRate());
        }
        root.put("reference_geography", geographyVersion);
        ArrayNode assumptions = root.putArray("assumptions");
        result.assumptions().forEach(assumptions::add);
        return root;
    }
}
