package be.veerkracht.store.quality;

import be.veerkracht.action.Action.Text;
import be.veerkracht.i18n.Messages;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.check.ChartLot;
import be.veerkracht.quality.check.CharacteristicReview;
import be.veerkracht.quality.check.PartReview;
import be.veerkracht.quality.check.QualityAlert;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.check.SecondaryValidation;
import be.veerkracht.quality.check.SupplierReview;
import be.veerkracht.quality.equivalence.CrossValidation;
import be.veerkracht.quality.equivalence.LabAgreement;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.spc.ChartSeries;
import be.veerkracht.quality.spc.ControlChart;
import be.veerkracht.quality.spc.RuleFiring;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The quality review as JSON (schema {@value #SCHEMA}, {@code docs/schemas/quality-check.schema.json}): the one
 * mapping behind {@code veerkracht quality check --format json}, {@code GET /api/v1/quality/check} and
 * {@code GET /api/v1/quality/parts/{id}}. Numbers at full precision, undefined ones null; texts in {@code locale}.
 */
public final class QualityCheckJson {

    public static final String SCHEMA = "veerkracht/quality-check/1";

    private final Locale locale;

    public QualityCheckJson(Locale locale) {
        this.locale = Messages.language(locale);
    }

    public ObjectNode review(QualityReview review) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("schema", SCHEMA)
                .put("language", locale.getLanguage());
        root.set("explanation", texts(review.explanation()));
        ArrayNode alerts = root.putArray("alerts");
        review.alerts().forEach(a -> alerts.add(alert(a)));
        ArrayNode parts = root.putArray("parts");
        review.parts().forEach(p -> parts.add(part(p)));
        return root;
    }

    public ObjectNode alert(QualityAlert a) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", a.kind().name())
                .put("part_id", a.part().value()).put("characteristic", a.characteristic())
                .put("supplier_id", a.supplier().value()).put("at", a.at().toString());
        node.set("reason", texts(a.reason()));
        ArrayNode lots = node.putArray("lots");
        a.lots().forEach(lots::add);
        ArrayNode values = node.putArray("measurements");
        a.measurements().forEach(m -> values.add(measurement(m)));
        return node;
    }

    public ObjectNode part(PartReview part) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("part_id", part.agreement().part().value())
                .put("agreement_version", part.agreement().version())
                .put("primary_supplier_id", part.agreement().primary().map(s -> s.value()).orElse(null));
        ArrayNode characteristics = node.putArray("characteristics");
        part.characteristics().forEach(c -> characteristics.add(characteristic(c)));
        return node;
    }

    private ObjectNode characteristic(CharacteristicReview review) {
        Characteristic c = review.characteristic();
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", c.name()).put("unit", c.unit())
                .put("nominal", c.nominal()).put("lsl", c.lsl()).put("usl", c.usl())
                .put("equivalence_margin", c.margin());
        node.set("explanation", texts(review.explanation()));
        ArrayNode suppliers = node.putArray("suppliers");
        review.suppliers().forEach(s -> suppliers.add(supplier(s)));
        ArrayNode validations = node.putArray("cross_validations");
        review.crossValidations().forEach(v -> validations.add(validation(v)));
        return node;
    }

    private ObjectNode supplier(SupplierReview s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("supplier_id", s.supplier().value())
                .put("primary", s.primary()).put("chart_source", s.chartSource().name());
        node.set("chart", s.chart() == null ? null : chart(s.chart().chart(), s.lots(), s.chart().firings()));
        ArrayNode out = node.putArray("out_of_spec");
        s.outOfSpec().forEach(m -> out.add(measurement(m)));
        node.set("capability", capability(s.capability()));
        node.set("lab_agreement", lab(s.lab()));
        node.set("explanation", texts(s.explanation()));
        return node;
    }

    private ObjectNode chart(ControlChart chart, List<ChartLot> lots, List<RuleFiring> firings) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", chart.kind().name())
                .put("subgroup_size", chart.subgroupSize()).put("baseline_lots", chart.baselinePoints())
                .put("sigma_within", number(chart.sigmaWithin()));
        ObjectNode location = series(chart.location());
        ArrayNode points = location.putArray("points");
        for (int i = 0; i < lots.size(); i++) {
            points.addObject().put("lot", lots.get(i).lot()).put("timestamp", lots.get(i).timestamp().toString())
                    .put("value", number(chart.location().points().get(i)));
        }
        node.set("location", location);
        ObjectNode dispersion = series(chart.dispersion());
        ArrayNode dPoints = dispersion.putArray("points");
        chart.dispersion().points().forEach(p -> dPoints.add(number(p)));
        node.set("dispersion", dispersion);
        ArrayNode fired = node.putArray("firings");
        for (RuleFiring f : firings) {
            ObjectNode firing = fired.addObject().put("rule", f.rule().name()).put("index", f.index())
                    .put("lot", lots.get(f.index()).lot())
                    .put("timestamp", lots.get(f.index()).timestamp().toString())
                    .put("description", text(f.description()));
            ArrayNode pts = firing.putArray("points");
            f.points().forEach(pts::add);
        }
        node.set("explanation", texts(chart.explanation()));
        return node;
    }

    private ObjectNode series(ChartSeries series) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("statistic", series.statistic())
                .put("center", number(series.limits().center())).put("lcl", number(series.limits().lower()))
                .put("ucl", number(series.limits().upper()));
        ArrayNode outside = node.putArray("out_of_limits");
        series.outOfLimits().forEach(outside::add);
        return node;
    }

    private ObjectNode capability(ProcessCapability c) {
        if (c == null) {
            return null;
        }
        return JsonNodeFactory.instance.objectNode().put("observations", c.observations())
                .put("mean", number(c.mean())).put("sigma_within", number(c.sigmaWithin()))
                .put("sigma_overall", number(c.sigmaOverall())).put("cp", number(c.cp())).put("cpk", number(c.cpk()))
                .put("pp", number(c.pp())).put("ppk", number(c.ppk()))
                .put("normal", !c.normality().rejected());
    }

    private ObjectNode lab(LabAgreement lab) {
        if (lab == null) {
            return null;
        }
        return JsonNodeFactory.instance.objectNode().put("lots", lab.lots())
                .put("mean_difference", number(lab.meanDifference()))
                .put("sd_difference", number(lab.standardDeviationOfDifferences()))
                .put("lower_limit_of_agreement", number(lab.lowerLimitOfAgreement()))
                .put("upper_limit_of_agreement", number(lab.upperLimitOfAgreement()))
                .put("tost_p_value", lab.tost() == null ? null : number(lab.tost().pValue()))
                .put("margin", number(lab.margin())).put("verdict", lab.verdict().name())
                .put("required_lots", lab.requiredLots()).put("reason", text(lab.reason()));
    }

    private ObjectNode validation(SecondaryValidation v) {
        CrossValidation c = v.validation();
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("primary_supplier_id", v.primary().value())
                .put("secondary_supplier_id", v.secondary().value()).put("verdict", c.verdict().name())
                .put("reason", text(c.reason())).put("n_primary", c.primaryCount())
                .put("n_secondary", c.secondaryCount()).put("mean_primary", number(c.primaryMean()))
                .put("mean_secondary", number(c.secondaryMean())).put("margin", number(c.margin()))
                .put("alpha", c.alpha());
        boolean tests = c.tost() != null;
        node.put("difference", tests ? number(c.tost().difference()) : null)
                .put("tost_p_value", tests ? number(c.tost().pValue()) : null)
                .put("ci_lower", tests ? number(c.tost().ciLower()) : null)
                .put("ci_upper", tests ? number(c.tost().ciUpper()) : null)
                .put("required_per_supplier", c.requiredPerSupplier())
                .put("additional_per_supplier", c.additionalPerSupplier());
        return node;
    }

    private static ObjectNode measurement(Measurement m) {
        return JsonNodeFactory.instance.objectNode().put("lot", m.lot()).put("timestamp", m.timestamp().toString())
                .put("value", m.value()).put("source", m.source().name());
    }

    private ArrayNode texts(List<Text> texts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        texts.forEach(t -> array.add(text(t)));
        return array;
    }

    /** A text in this mapping's language. */
    public String text(Text t) {
        return Messages.format(t.key(), locale, t.args().toArray());
    }

    private static Double number(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
