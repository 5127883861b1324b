package be.veerkracht.quality.measurement;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a certificate of analysis (the measurements a supplier sends with a delivery) against the part's quality
 * agreement on arrival. Four rules, applied per lot:
 * <ol>
 *   <li>every value lies within its characteristic's limits ({@link CertificateFinding.Kind#OUT_OF_SPEC});</li>
 *   <li>every characteristic is one the agreement has ({@link CertificateFinding.Kind#UNKNOWN_CHARACTERISTIC});</li>
 *   <li>every characteristic the agreement marks "certificate required" is given
 *       ({@link CertificateFinding.Kind#MISSING_CHARACTERISTIC});</li>
 *   <li>each characteristic given has at least the agreed sample size of values
 *       ({@link CertificateFinding.Kind#SAMPLE_TOO_SMALL}).</li>
 * </ol>
 * Findings come lot by lot in the order the lots first appear, within a lot in the order of the rules above.
 * Linear in the number of measurements.
 */
public final class CertificateCheck {

    private final QualityAgreement agreement;

    /** @param agreement the agreement version in force for the part */
    public CertificateCheck(QualityAgreement agreement) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
    }

    /** The verdict for a part that has no agreement: nothing to check against, said so. */
    public static CertificateVerdict withoutAgreement(PartId part) {
        return new CertificateVerdict(part, 0, List.of(new CertificateFinding(CertificateFinding.Kind.NO_AGREEMENT,
                null, null, List.of(part.value()))));
    }

    /**
     * The verdict on {@code certificate}.
     *
     * @throws IllegalArgumentException a measurement of another part
     */
    public CertificateVerdict check(List<Measurement> certificate) {
        Map<String, List<Measurement>> byLot = new LinkedHashMap<>();
        for (Measurement measurement : certificate) {
            if (!measurement.part().equals(agreement.part())) {
                throw new IllegalArgumentException("measurement of part " + measurement.part()
                        + " checked against the agreement of part " + agreement.part());
            }
            byLot.computeIfAbsent(measurement.lot(), lot -> new ArrayList<>()).add(measurement);
        }
        List<CertificateFinding> findings = new ArrayList<>();
        byLot.forEach((lot, measurements) -> checkLot(lot, measurements, findings));
        return new CertificateVerdict(agreement.part(), agreement.version(), findings);
    }

    private void checkLot(String lot, List<Measurement> measurements, List<CertificateFinding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Measurement measurement : measurements) {
            counts.merge(measurement.characteristic(), 1, Integer::sum);
            agreement.characteristic(measurement.characteristic()).ifPresentOrElse(
                    c -> outOfSpec(lot, c, measurement.value(), findings),
                    () -> {
                        if (!unknown.contains(measurement.characteristic())) {
                            unknown.add(measurement.characteristic());
                        }
                    });
        }
        for (String name : unknown) {
            findings.add(finding(CertificateFinding.Kind.UNKNOWN_CHARACTERISTIC, lot, name,
                    String.valueOf(agreement.version())));
        }
        for (Characteristic characteristic : agreement.characteristics()) {
            int given = counts.getOrDefault(characteristic.name(), 0);
            if (given == 0 && characteristic.certificateRequired()) {
                findings.add(finding(CertificateFinding.Kind.MISSING_CHARACTERISTIC, lot, characteristic.name()));
            }
        }
        for (Characteristic characteristic : agreement.characteristics()) {
            int given = counts.getOrDefault(characteristic.name(), 0);
            if (given > 0 && given < characteristic.sampleSize()) {
                findings.add(finding(CertificateFinding.Kind.SAMPLE_TOO_SMALL, lot, characteristic.name(),
                        String.valueOf(given), String.valueOf(characteristic.sampleSize())));
            }
        }
    }

    private static void outOfSpec(String lot, Characteristic characteristic, double value,
                                  List<CertificateFinding> findings) {
        if (!characteristic.inSpec(value)) {
            findings.add(finding(CertificateFinding.Kind.OUT_OF_SPEC, lot, characteristic.name(), plain(value),
                    characteristic.unit(), characteristic.lsl() == null ? "-∞" : plain(characteristic.lsl()),
                    characteristic.usl() == null ? "+∞" : plain(characteristic.usl())));
        }
    }

    private static CertificateFinding finding(CertificateFinding.Kind kind, String lot, String characteristic,
                                              String... more) {
        List<String> args = new ArrayList<>(List.of(lot, characteristic));
        args.addAll(List.of(more));
        return new CertificateFinding(kind, lot, characteristic, args);
    }

    /** The shortest decimal that reads back to the double, without exponent: {@code 25.06}, {@code 1200}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
