package be.veerkracht.web.api;

import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.exposure.recovery.PartRecovery;
import be.veerkracht.exposure.recovery.RecoveryAssessment;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Time to survive against time to recover as JSON (schema {@value #SCHEMA}, docs/schemas/exposure-recovery.schema.json):
 * the one mapping, used by {@code GET /api/v1/recovery} and {@code veerkracht exposure --format json}. EUR to the
 * cent, days, units and the index to 6 decimals (LP optima: estimates, not bookings); {@code tts_days} is null where
 * demand is met indefinitely ("never runs short"); texts are in English (machine output); {@code actions} have the
 * layout of the assessment's actions.
 */
public final class RecoveryDocument {

    /** Name and version of the layout. */
    public static final String SCHEMA = "veerkracht/exposure-recovery/1";

    private RecoveryDocument() {
    }

    /** Every node of the assessment, largest impact first, with its parts; the actions and assumptions. */
    public static ObjectNode of(RecoveryAssessment assessment) {
        return of(assessment, assessment.nodes());
    }

    /**
     * The assessment with only the given nodes (a filtered list, in the assessment's order); actions, assumptions
     * and versions as in the whole assessment.
     */
    public static ObjectNode of(RecoveryAssessment assessment, List<NodeRecovery> nodes) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("reference_geography", assessment.geographyVersion());
        root.put("event_catalogue", assessment.catalogueVersion());
        ArrayNode array = root.putArray("nodes");
        nodes.forEach(n -> node(array.addObject(), n));
        ArrayNode actions = root.putArray("actions");
        assessment.actions().forEach(a -> AssessmentDocument.action(actions.addObject(), a));
        assessment.assumptions().forEach(root.putArray("assumptions")::add);
        return root;
    }

    /** One node with its parts, as in the {@code nodes} array; also the answer of one node's endpoint. */
    public static ObjectNode node(NodeRecovery n) {
        ObjectNode node = Json.object();
        node(node, n);
        return node;
    }

    private static void node(ObjectNode node, NodeRecovery n) {
        node.put("node", n.node().id())
                .put("kind", n.node().kind().code())
                .put("ttr_days", round(n.ttrDays(), 6))
                .put("ttr_basis", n.ttrBasis());
        days(node, "tts_days", n.ttsDays());
        node.put("performance_impact_eur", round(n.performanceImpactEur(), 2))
                .put("risk_exposure_index", round(n.riskExposureIndex(), 6))
                .put("exposed", n.exposed());
        ArrayNode parts = node.putArray("parts");
        for (PartRecovery p : n.parts()) {
            ObjectNode part = parts.addObject().put("part_id", p.partId())
                    .put("lost_units", round(p.lostUnits(), 6)).put("loss_eur", round(p.lossEur(), 2));
            days(part, "tts_days", p.ttsDays());
        }
    }

    private static void days(ObjectNode node, String field, Double days) {
        if (days == null || days.isInfinite() || days.isNaN()) {
            // never runs short; an infinite value is not JSON either
            node.putNull(field);
        } else {
            node.put(field, round(days, 6));
        }
    }

    private static java.math.BigDecimal round(double value, int places) {
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_EVEN);
    }
}
