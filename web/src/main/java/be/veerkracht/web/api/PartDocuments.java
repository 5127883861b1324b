package be.veerkracht.web.api;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.Severity;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartIndex;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/parts} and {@code GET /api/v1/parts/{id}} as JSON (schemas {@code Parts} and
 * {@code PartDetail} of the OpenAPI document). A part's exposure has the same fields as in the assessment, plus its
 * description and the severity of its most severe finding.
 */
final class PartDocuments {

    private PartDocuments() {
    }

    /** One page of an already filtered and ordered list. */
    static ObjectNode list(AssessedSnapshot assessed, List<PartExposure> selected, int offset, int limit) {
        ObjectNode root = Json.object();
        root.put("snapshot_id", assessed.snapshot().info().id()).put("total", selected.size()).put("offset", offset);
        ArrayNode parts = root.putArray("parts");
        PartIndex index = assessed.parts();
        selected.stream().skip(offset).limit(limit).forEach(p -> summary(parts.addObject(), p, index));
        return root;
    }

    /** The part with its sources, findings and actions; empty when the snapshot has no part {@code id}. */
    static Optional<ObjectNode> detail(AssessedSnapshot assessed, ReferenceGeography geography, String id) {
        PartId partId;
        try {
            partId = new PartId(id);
        } catch (IllegalArgumentException impossibleId) {
            return Optional.empty();
        }
        Portfolio portfolio = assessed.snapshot().portfolio();
        ExposureAssessment assessment = assessed.assessment();
        return assessed.parts().exposure(partId).map(exposure -> {
            ObjectNode root = Json.object();
            root.put("snapshot_id", assessed.snapshot().info().id());
            summary(root.putObject("part"), exposure, assessed.parts());
            ArrayNode sources = root.putArray("sources");
            portfolio.linksOf(partId).forEach(link -> source(sources.addObject(), link, portfolio, geography));
            ArrayNode findings = root.putArray("findings");
            ArrayNode actions = root.putArray("actions");
            // the actions come in the order of the findings that call for them, one each (docs/exposure.md)
            for (int i = 0; i < assessment.findings().size(); i++) {
                Finding f = assessment.findings().get(i);
                if (f.part().equals(partId)) {
                    AssessmentDocument.finding(findings.addObject(), f);
                    if (i < assessment.actions().size()) {
                        AssessmentDocument.action(actions.addObject(), assessment.actions().get(i));
                    }
                }
            }
            return root;
        });
    }

    private static void summary(ObjectNode node, PartExposure p, PartIndex index) {
        node.put("part_id", p.part().value());
        node.put("description", index.description(p.part()));
        AssessmentDocument.part(node, p);
        Optional<Severity> worst = index.topSeverity(p.part());
        if (worst.isPresent()) {
            node.put("top_severity", worst.get().name());
        } else {
            node.putNull("top_severity");
        }
    }

    private static void source(ObjectNode node, SourcingLink link, Portfolio portfolio,
                               ReferenceGeography geography) {
        node.put("supplier_id", link.supplier().value())
                .put("supplier_name", portfolio.supplier(link.supplier()).map(Supplier::name).orElse(""))
                .put("country", link.originCountry().alpha2())
                .put("zone", geography.zoneOf(link.originCountry()).orElse("UNKNOWN"))
                .put("share", link.share())
                .put("qualified", link.qualification().qualified())
                .put("lead_time_days", link.leadTime().days())
                .put("unit_price_eur", link.price().perUnitEur());
        if (link.capacityUnitsPerYear() == null) {
            node.putNull("capacity_units_per_year");
        } else {
            node.put("capacity_units_per_year", link.capacityUnitsPerYear());
        }
        if (link.site() != null) {
            node.put("site", link.site());
        }
    }
}
