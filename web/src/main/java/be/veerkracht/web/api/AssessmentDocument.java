package be.veerkracht.web.api;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SpendShare;
import be.veerkracht.store.snapshot.SnapshotInfo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The assessment as JSON, in the layout of {@code docs/schemas/assess.schema.json} ({@value #SCHEMA}), the same as
 * {@code veerkracht assess --format json}: the one mapping, used by the API and by the CLI (the composition root,
 * which may depend on web). Tests in both modules validate real output against the schema.
 */
public final class AssessmentDocument {

    /** Name and version of the layout. */
    public static final String SCHEMA = "veerkracht/assess/1";

    private AssessmentDocument() {
    }

    /**
     * The assessment as a JSON tree in the layout of docs/schemas/assess.schema.json, used by the API and by the
     * command line's {@code assess --format json}.
     *
     * @param snapshot the stored snapshot assessed, or null for a portfolio read straight from a file
     */
    public static ObjectNode of(ExposureAssessment assessment, SnapshotInfo snapshot) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("reference_geography", assessment.geographyVersion());
        if (snapshot == null) {
            root.putNull("snapshot");
        } else {
            root.putObject("snapshot").put("id", snapshot.id()).put("source", snapshot.source());
        }
        root.putObject("portfolio").put("parts", assessment.partCount()).put("suppliers", assessment.supplierCount())
                .put("annual_spend_eur", assessment.annualSpendEur());
        spend(root.putArray("zones"), "zone", assessment.zones());
        spend(root.putArray("countries"), "country", assessment.countries());
        ArrayNode parts = root.putArray("parts");
        assessment.parts().forEach(p -> part(parts.addObject(), p));
        ArrayNode findings = root.putArray("findings");
        assessment.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode actions = root.putArray("actions");
        assessment.actions().forEach(a -> action(actions.addObject(), a));
        return root;
    }

    private static void spend(ArrayNode array, String keyName, List<SpendShare> shares) {
        shares.forEach(s -> array.addObject().put(keyName, s.key()).put("annual_spend_eur", s.annualSpendEur())
                .put("spend_share", s.spendShare()));
    }

    /** One part's exposure, as in the assessment's {@code parts} array; also the core of {@code GET /api/v1/parts}. */
    static void part(ObjectNode node, PartExposure p) {
        node.put("part_id", p.part().value())
                .put("criticality", p.criticality().name())
                .put("sources", p.sources())
                .put("qualified_sources", p.qualifiedSources())
                .put("hhi_supplier", p.hhiSupplier())
                .put("hhi_country", p.hhiCountry())
                .put("hhi_zone", p.hhiZone())
                .put("sourcing_class", p.sourcingClass().name())
                .put("single_source", p.singleSource())
                .put("same_zone_dual_source", p.sameZoneDualSource())
                .put("flexibility", p.flexibility())
                .put("footprint_flexibility", p.footprintFlexibility())
                .put("worst_footprint", p.worstFootprint())
                .put("annual_spend_eur", p.annualSpendEur());
        p.zones().forEach(node.putArray("zones")::add);
        p.countries().forEach(node.putArray("countries")::add);
    }

    static void finding(ObjectNode node, Finding f) {
        node.put("part_id", f.part().value()).put("kind", f.kind().name()).put("severity", f.severity().name())
                .put("score", f.score()).put("message", f.message(Locale.ENGLISH));
    }

    static void action(ObjectNode node, Action a) {
        node.put("kind", a.kind()).put("part_id", a.part().value()).put("what", a.what().in(Locale.ENGLISH))
                .put("why", a.why().in(Locale.ENGLISH)).put("expected_effect", a.expectedEffect().in(Locale.ENGLISH))
                .put("spend_at_stake_eur", a.spendAtStakeEur()).put("origin", a.origin());
    }
}
