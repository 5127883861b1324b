package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.equivalence.CrossValidation;
import be.veerkracht.quality.equivalence.EquivalenceVerdict;
import be.veerkracht.quality.equivalence.LabAgreement;
import be.veerkracht.quality.equivalence.SupplierCrossValidation;
import be.veerkracht.quality.equivalence.TostSampleSize;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.spc.ChartSignals;
import be.veerkracht.quality.spc.RuleFiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The portfolio-wide quality review: for every part with an agreement, every characteristic and every supplier with
 * values of it,
 * <ul>
 *   <li>a Shewhart chart with a lot as subgroup, of the supplier's certificate values (else incoming inspection,
 *   else lab): individuals and moving range when lots have one value, X̄-R up to {@value #MAX_RANGE_SUBGROUP} values
 *   per lot, X̄-S above (Montgomery, ISQC, 6th ed., 2009, section 6.3.1); lots with another number of values than
 *   the most frequent one are left out and named; limits from the first {@value #BASELINE_LOTS} lots, or all when
 *   fewer; the Western Electric rules on the location chart;</li>
 *   <li>every value (any source) outside the specification;</li>
 *   <li>Cp, Cpk, Pp, Ppk from the same subgroups (σw = MR̄/d2, R̄/d2 or S̄/c4);</li>
 *   <li>per secondary: {@link SupplierCrossValidation} against the agreement's primary with the agreement's margin,
 *   α = 0.05, power 0.80, on the charted values in time order;</li>
 *   <li>{@link be.veerkracht.quality.equivalence.CertificateAgreement} over the lots with both a certificate and our
 *   own value (incoming inspection or lab; means per lot and side).</li>
 * </ul>
 * Alerts: every run-rule firing, every value out of spec, every {@code NOT_EQUIVALENT} cross-validation, every Cpk
 * below {@value #MIN_CPK}, every lab {@code NOT_EQUIVALENT}; newest first. Deterministic; O(N log N) in the number
 * of measurements. Limits: the statistics' own (independent, roughly normal values; see {@code quality.spc},
 * {@code quality.equivalence}); measurements of characteristics or parts without an agreement are ignored.
 */
public final class QualityCheck {

    /** Lots in the baseline (phase I) of every chart; all lots when fewer (Montgomery, section 6.2.1: 20–25). */
    public static final int BASELINE_LOTS = 20;
    /** Largest lot charted with X̄-R; larger lots get X̄-S. */
    public static final int MAX_RANGE_SUBGROUP = 10;
    /** The lowest acceptable Cpk, the usual requirement for an existing process (Montgomery, Table 8.3). */
    public static final double MIN_CPK = 1.33;

    static final Comparator<Measurement> TIME_ORDER = Comparator.comparing(Measurement::timestamp)
            .thenComparing(Measurement::lot).thenComparing(m -> m.source().ordinal())
            .thenComparingDouble(Measurement::value);

    private final List<QualityAgreement> agreements;
    private final List<Measurement> measurements;

    /** @param agreements the current agreement of each part (one per part) */
    public QualityCheck(List<QualityAgreement> agreements, List<Measurement> measurements) {
        this.agreements = agreements.stream().sorted(Comparator.comparing(QualityAgreement::part)).toList();
        this.measurements = List.copyOf(measurements);
        if (this.agreements.stream().map(QualityAgreement::part).distinct().count() != this.agreements.size()) {
            throw new IllegalArgumentException("one agreement per part, please: the current version");
        }
    }

    public QualityReview review() {
        Map<PartId, Map<String, Map<SupplierId, List<Measurement>>>> grouped = measurements.stream().collect(
                Collectors.groupingBy(Measurement::part, Collectors.groupingBy(Measurement::characteristic,
                        Collectors.groupingBy(Measurement::supplier, TreeMap::new, Collectors.toList()))));
        List<PartReview> parts = new ArrayList<>();
        List<QualityAlert> alerts = new ArrayList<>();
        int characteristics = 0;
        for (QualityAgreement agreement : agreements) {
            List<CharacteristicReview> reviews = new ArrayList<>();
            for (Characteristic c : agreement.characteristics()) {
                Map<SupplierId, List<Measurement>> bySupplier = grouped.getOrDefault(agreement.part(), Map.of())
                        .getOrDefault(c.name(), new TreeMap<>());
                CharacteristicReview review = characteristic(agreement, c, bySupplier);
                reviews.add(review);
                alerts.addAll(Alerts.raised(agreement.part(), review));
                characteristics++;
            }
            parts.add(new PartReview(agreement, reviews));
        }
        alerts.sort(Alerts.NEWEST_FIRST);
        List<Text> explanation = List.of(Text.of(CheckText.SUMMARY, parts.size(), characteristics, alerts.size(),
                BASELINE_LOTS, number(MIN_CPK), number(SupplierCrossValidation.DEFAULT_ALPHA)));
        return new QualityReview(parts, alerts, explanation);
    }

    private static CharacteristicReview characteristic(QualityAgreement agreement, Characteristic c,
                                                       Map<SupplierId, List<Measurement>> bySupplier) {
        SupplierId primary = agreement.primarySupplier();
        List<SupplierReview> suppliers = new ArrayList<>();
        List<SecondaryValidation> validations = new ArrayList<>();
        List<Text> explanation = new ArrayList<>();
        List<SupplierId> order = new ArrayList<>(bySupplier.keySet());
        if (primary != null && order.remove(primary)) {
            order.add(0, primary);
        }
        List<Double> primaryValues = null;
        for (SupplierId supplier : order) {
            SupplierAnalysis analysis = new SupplierAnalysis(c, supplier, supplier.equals(primary),
                    bySupplier.get(supplier));
            suppliers.add(analysis.review());
            if (supplier.equals(primary)) {
                primaryValues = analysis.chartedValues();
            } else if (primaryValues != null) {
                validations.add(new SecondaryValidation(primary, supplier, crossValidation(c, primaryValues,
                        analysis.chartedValues())));
            }
        }
        if (primary == null) {
            explanation.add(Text.of(CheckText.NO_PRIMARY));
        } else if (primaryValues == null && !order.isEmpty()) {
            explanation.add(Text.of(CheckText.PRIMARY_NO_DATA, primary.value(), c.name()));
        }
        return new CharacteristicReview(c, suppliers, validations, explanation);
    }

    private static CrossValidation crossValidation(Characteristic c, List<Double> primary, List<Double> secondary) {
        return new SupplierCrossValidation(c.name(), numbers(primary), numbers(secondary),
                SupplierAnalysis.specification(c), c.margin(), SupplierCrossValidation.DEFAULT_ALPHA,
                TostSampleSize.DEFAULT_POWER).validate();
    }

    private static double[] numbers(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The alerts of one characteristic. */
    static final class Alerts {

        static final Comparator<QualityAlert> NEWEST_FIRST = Comparator.comparing(QualityAlert::at).reversed()
                .thenComparing(QualityAlert::part).thenComparing(QualityAlert::characteristic)
                .thenComparing(QualityAlert::supplier).thenComparing(QualityAlert::kind)
                .thenComparing(a -> a.lots().toString());

        private Alerts() {
        }

        static List<QualityAlert> raised(PartId part, CharacteristicReview review) {
            List<QualityAlert> alerts = new ArrayList<>();
            Characteristic c = review.characteristic();
            for (SupplierReview s : review.suppliers()) {
                rules(part, c, s, alerts);
                for (Measurement m : s.outOfSpec()) {
                    alerts.add(new QualityAlert(AlertKind.OUT_OF_SPEC, part, c.name(), s.supplier(), m.timestamp(),
                            List.of(Text.of(CheckText.ALERT_OUT_OF_SPEC, number(m.value()), c.unit(), m.lot(),
                                    m.source().name().toLowerCase(java.util.Locale.ROOT), m.timestamp().toString(),
                                    limit(c.lsl()), limit(c.usl()))), List.of(m.lot()), List.of(m)));
                }
                if (s.capability() != null && s.capability().cpk() < MIN_CPK) {
                    alerts.add(new QualityAlert(AlertKind.LOW_CAPABILITY, part, c.name(), s.supplier(), newest(s),
                            List.of(Text.of(CheckText.ALERT_LOW_CAPABILITY, number(s.capability().cpk()),
                                    number(MIN_CPK), s.capability().observations())), List.of(), List.of()));
                }
                LabAgreement lab = s.lab();
                if (lab != null && lab.verdict() == EquivalenceVerdict.NOT_EQUIVALENT) {
                    alerts.add(new QualityAlert(AlertKind.LAB_DISAGREEMENT, part, c.name(), s.supplier(), newest(s),
                            List.of(Text.of(CheckText.ALERT_LAB_DISAGREES, lab.lots()), lab.reason()), List.of(),
                            List.of()));
                }
            }
            for (SecondaryValidation v : review.crossValidations()) {
                if (v.validation().verdict() == EquivalenceVerdict.NOT_EQUIVALENT) {
                    SupplierReview secondary = review.suppliers().stream()
                            .filter(s -> s.supplier().equals(v.secondary())).findFirst().orElseThrow();
                    alerts.add(new QualityAlert(AlertKind.NOT_EQUIVALENT, part, c.name(), v.secondary(),
                            newest(secondary), List.of(Text.of(CheckText.ALERT_NOT_EQUIVALENT, v.primary().value()),
                                    v.validation().reason()), List.of(), List.of()));
                }
            }
            return alerts;
        }

        private static void rules(PartId part, Characteristic c, SupplierReview s, List<QualityAlert> alerts) {
            ChartSignals chart = s.chart();
            if (chart == null) {
                return;
            }
            for (RuleFiring firing : chart.firings()) {
                ChartLot lot = s.lots().get(firing.index());
                List<String> lots = firing.points().stream().map(i -> s.lots().get(i).lot()).toList();
                alerts.add(new QualityAlert(AlertKind.RULE_FIRED, part, c.name(), s.supplier(), lot.timestamp(),
                        List.of(Text.of(CheckText.ALERT_RULE, lot.lot(), lot.timestamp().toString(),
                                String.join(", ", lots)), firing.description()), lots, lot.values()));
            }
        }

        private static Instant newest(SupplierReview s) {
            Instant newest = s.lots().isEmpty() ? Instant.EPOCH : s.lots().get(s.lots().size() - 1).timestamp();
            for (Measurement m : s.outOfSpec()) {
                newest = m.timestamp().isAfter(newest) ? m.timestamp() : newest;
            }
            return newest;
        }

        private static String limit(Double value) {
            return value == null ? "\u2014" : number(value);
        }
    }

    private static String number(double value) {
        return be.veerkracht.quality.spc.StatisticFormat.of(value);
    }
}
