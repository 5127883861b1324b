package be.veerkracht.cli;

import be.veerkracht.quality.capability.Interval;
import be.veerkracht.quality.capability.NormalityCheck;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.equivalence.Tost;
import be.veerkracht.quality.equivalence.TwoSampleComparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of {@code quality capability} ({@value #CAPABILITY_SCHEMA}) and {@code quality equivalence}
 * ({@value #EQUIVALENCE_SCHEMA}); docs/schemas/quality-*.schema.json. Numbers at full double precision in the unit
 * of the data; undefined values are null; explanations in English.
 */
final class QualityDocument {

    static final String CAPABILITY_SCHEMA = "veerkracht/quality-capability/1";
    static final String EQUIVALENCE_SCHEMA = "veerkracht/quality-equivalence/1";

    private QualityDocument() {
    }

    static Map<String, Object> capability(String characteristic, String file, int subgroups, ProcessCapability c,
                                          List<String> explanation) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", CAPABILITY_SCHEMA);
        d.put("characteristic", characteristic);
        d.put("file", file);
        d.put("cp", c.cp());
        d.put("cpk", c.cpk());
        d.put("pp", c.pp());
        d.put("ppk", c.ppk());
        d.put("cpl", c.cpl());
        d.put("cpu", c.cpu());
        d.put("ppl", c.ppl());
        d.put("ppu", c.ppu());
        d.put("lsl", c.specification().lower());
        d.put("usl", c.specification().upper());
        d.put("observations", c.observations());
        d.put("subgroup_size", c.subgroupSize());
        d.put("subgroups", subgroups);
        d.put("mean", c.mean());
        d.put("sigma_within", c.sigmaWithin());
        d.put("sigma_within_method", c.withinMethod().name().toLowerCase(Locale.ROOT));
        d.put("sigma_overall", c.sigmaOverall());
        d.put("confidence", c.cpkInterval().confidence());
        Map<String, Object> intervals = new LinkedHashMap<>();
        intervals.put("cp", interval(c.cpInterval()));
        intervals.put("cpk", interval(c.cpkInterval()));
        intervals.put("pp", interval(c.ppInterval()));
        intervals.put("ppk", interval(c.ppkInterval()));
        intervals.put("method_cp_pp", "chi-square");
        intervals.put("method_cpk_ppk", "bissell-1990");
        d.put("intervals", intervals);
        d.put("normality", normality(c.normality()));
        d.put("explanation", explanation);
        return d;
    }

    static Map<String, Object> equivalence(TwoSampleComparison c, Tost t, List<String> explanation) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", EQUIVALENCE_SCHEMA);
        d.put("p_value", t.pValue());
        d.put("t_lower", t.tLower());
        d.put("t_upper", t.tUpper());
        d.put("p_lower", t.pLower());
        d.put("p_upper", t.pUpper());
        d.put("equivalent", t.equivalent());
        d.put("alpha", t.alpha());
        d.put("variance", t.variance().name().toLowerCase(Locale.ROOT));
        d.put("margin_lower", t.lowerMargin());
        d.put("margin_upper", t.upperMargin());
        d.put("n_a", c.sizeA());
        d.put("n_b", c.sizeB());
        d.put("mean_a", c.meanA());
        d.put("mean_b", c.meanB());
        d.put("sd_a", c.standardDeviationA());
        d.put("sd_b", c.standardDeviationB());
        d.put("difference", t.difference());
        d.put("standard_error", t.standardError());
        d.put("df", t.degreesOfFreedom());
        Map<String, Object> ci = new LinkedHashMap<>();
        ci.put("level", 1 - 2 * t.alpha());
        ci.put("lower", t.ciLower());
        ci.put("upper", t.ciUpper());
        d.put("confidence_interval", ci);
        d.put("explanation", explanation);
        return d;
    }

    private static Map<String, Object> interval(Interval interval) {
        if (interval == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", interval.lower());
        m.put("upper", interval.upper());
        return m;
    }

    private static Map<String, Object> normality(NormalityCheck n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", n.method());
        m.put("tested", n.tested());
        m.put("statistic", finite(n.statistic()));
        m.put("adjusted_statistic", finite(n.adjustedStatistic()));
        m.put("p_value", finite(n.pValue()));
        m.put("alpha", n.alpha());
        m.put("normal", n.tested() ? !n.rejected() : null);
        return m;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
