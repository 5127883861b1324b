package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.capability.ProcessCapabilityAnalysis;
import be.veerkracht.quality.capability.SpecificationLimits;
import be.veerkracht.quality.capability.WithinSigmaMethod;
import be.veerkracht.quality.equivalence.CertificateAgreement;
import be.veerkracht.quality.equivalence.LabAgreement;
import be.veerkracht.quality.equivalence.PairedMeasurement;
import be.veerkracht.quality.equivalence.SupplierCrossValidation;
import be.veerkracht.quality.equivalence.TostSampleSize;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.quality.spc.ChartSignals;
import be.veerkracht.quality.spc.ControlChart;
import be.veerkracht.quality.spc.ControlChartConstants;
import be.veerkracht.quality.spc.ShewhartCharts;
import be.veerkracht.quality.spc.WesternElectricRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One supplier's values of one characteristic turned into a {@link SupplierReview}: lots as subgroups of the charted
 * source, the chart with limits from the baseline, capability from the same subgroups, values out of spec, and the
 * certificates against our own measurements of the same lots. O(n log n) in the supplier's values.
 */
final class SupplierAnalysis {

    private final Characteristic characteristic;
    private final SupplierId supplier;
    private final boolean primary;
    private final List<Measurement> values;

    SupplierAnalysis(Characteristic characteristic, SupplierId supplier, boolean primary, List<Measurement> values) {
        this.characteristic = characteristic;
        this.supplier = supplier;
        this.primary = primary;
        this.values = values.stream().sorted(QualityCheck.TIME_ORDER).toList();
    }

    SupplierReview review() {
        Source source = chartSource(values);
        List<ChartLot> allLots = lots(values.stream().filter(m -> m.source() == source).toList());
        List<Text> explanation = new ArrayList<>();
        int size = subgroupSize(allLots);
        List<ChartLot> lots = allLots.stream().filter(l -> l.values().size() == size).toList();
        explanation.add(Text.of(CheckText.CHART_SOURCE, source.name().toLowerCase(java.util.Locale.ROOT),
                lots.size(), size));
        if (lots.size() < allLots.size()) {
            explanation.add(Text.of(CheckText.LOTS_LEFT_OUT, allLots.stream().filter(l -> l.values().size() != size)
                    .map(ChartLot::lot).toList().toString(), size));
        }
        ChartSignals chart = chart(lots, size, explanation);
        ProcessCapability capability = capability(lots, size, explanation);
        List<Measurement> outOfSpec = values.stream().filter(m -> !characteristic.inSpec(m.value())).toList();
        return new SupplierReview(supplier, primary, source, lots, chart, outOfSpec, capability, lab(), explanation);
    }

    /** Certificates when there are any, else incoming inspection, else lab. */
    static Source chartSource(List<Measurement> values) {
        for (Source source : List.of(Source.SUPPLIER_CERTIFICATE, Source.INCOMING_INSPECTION, Source.LAB)) {
            if (values.stream().anyMatch(m -> m.source() == source)) {
                return source;
            }
        }
        throw new IllegalArgumentException("no values");
    }

    /** The values of the charted source, in time order: the input of the cross-validation. */
    List<Double> chartedValues() {
        Source source = chartSource(values);
        return values.stream().filter(m -> m.source() == source).map(Measurement::value).toList();
    }

    /** Lots in order of their first value (then lot number), each with its values in time order. */
    static List<ChartLot> lots(List<Measurement> sorted) {
        Map<String, List<Measurement>> byLot = new LinkedHashMap<>();
        for (Measurement m : sorted) {
            byLot.computeIfAbsent(m.lot(), k -> new ArrayList<>()).add(m);
        }
        return byLot.entrySet().stream().map(e -> new ChartLot(e.getKey(), e.getValue().get(0).timestamp(),
                e.getValue())).sorted(Comparator.comparing(ChartLot::timestamp).thenComparing(ChartLot::lot)).toList();
    }

    /** The most frequent number of values per lot; on a tie the larger. */
    static int subgroupSize(List<ChartLot> lots) {
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        lots.forEach(l -> counts.merge(l.values().size(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(1);
    }

    private ChartSignals chart(List<ChartLot> lots, int size, List<Text> explanation) {
        if (lots.size() < ShewhartCharts.MIN_BASELINE_POINTS) {
            explanation.add(Text.of(CheckText.TOO_FEW_LOTS, lots.size(), ShewhartCharts.MIN_BASELINE_POINTS));
            return null;
        }
        if (size > ControlChartConstants.MAX_SUBGROUP_SIZE) {
            explanation.add(Text.of(CheckText.SUBGROUP_TOO_LARGE, size, ControlChartConstants.MAX_SUBGROUP_SIZE));
            return null;
        }
        int baseline = Math.min(QualityCheck.BASELINE_LOTS, lots.size());
        explanation.add(Text.of(CheckText.BASELINE, baseline, lots.size(), QualityCheck.BASELINE_LOTS));
        List<List<Double>> subgroups = lots.stream().map(ChartLot::numbers).toList();
        try {
            ControlChart chart = size == 1
                    ? ShewhartCharts.individuals(subgroups.stream().map(g -> g.get(0)).toList(), baseline)
                    : size <= QualityCheck.MAX_RANGE_SUBGROUP ? ShewhartCharts.xbarR(subgroups, baseline)
                    : ShewhartCharts.xbarS(subgroups, baseline);
            return ChartSignals.of(chart, new WesternElectricRules());
        } catch (IllegalArgumentException noSpread) {
            explanation.add(Text.of(CheckText.NO_CHART));
            return null;
        }
    }

    private ProcessCapability capability(List<ChartLot> lots, int size, List<Text> explanation) {
        try {
            WithinSigmaMethod method = size == 1 ? WithinSigmaMethod.MOVING_RANGE
                    : size <= QualityCheck.MAX_RANGE_SUBGROUP ? WithinSigmaMethod.RANGE
                    : WithinSigmaMethod.STANDARD_DEVIATION;
            ProcessCapability result = new ProcessCapabilityAnalysis(lots.stream().map(ChartLot::numbers).toList(),
                    specification(characteristic), method, ProcessCapabilityAnalysis.DEFAULT_CONFIDENCE,
                    be.veerkracht.quality.capability.AndersonDarlingNormality.DEFAULT_ALPHA).analyse();
            if (Double.isFinite(result.cpk())) {
                return result;
            }
        } catch (IllegalArgumentException | IllegalStateException undefined) {
            // too few values or no spread: said below
        }
        explanation.add(Text.of(CheckText.NO_CAPABILITY, lots.size() * size));
        return null;
    }

    /** Lots with both a certificate and our own value (incoming inspection or lab); means per lot and side. */
    private LabAgreement lab() {
        Map<String, double[]> sums = new TreeMap<>();
        for (Measurement m : values) {
            double[] s = sums.computeIfAbsent(m.lot(), k -> new double[4]);
            int side = m.source() == Source.SUPPLIER_CERTIFICATE ? 0 : 2;
            s[side] += m.value();
            s[side + 1]++;
        }
        List<PairedMeasurement> pairs = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            if (s[1] > 0 && s[3] > 0) {
                pairs.add(new PairedMeasurement(e.getKey(), s[0] / s[1], s[2] / s[3]));
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        return new CertificateAgreement(pairs, characteristic.margin(), SupplierCrossValidation.DEFAULT_ALPHA,
                TostSampleSize.DEFAULT_POWER).assess();
    }

    static SpecificationLimits specification(Characteristic c) {
        return new SpecificationLimits(c.lsl(), c.usl());
    }
}
