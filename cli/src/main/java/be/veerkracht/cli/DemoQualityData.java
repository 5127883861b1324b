package be.veerkracht.cli;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.store.quality.MeasurementStore;
import be.veerkracht.store.quality.QualityFileImport;
import be.veerkracht.store.quality.QualityRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's quality data, made up but plausible, for two dual-sourced parts of the sample: agreements and twenty
 * weekly lots from each supplier, so the quality pages have something to show. Deterministic (fixed seed); stored
 * as one file import, so running the demo again adds nothing.
 */
final class DemoQualityData {

    /** The parts: a shaft Ø35 h7 (120020: L27130 primary, L26020) and a GJS-400 bearing block (110050). */
    static final PartId SHAFT = new PartId("120020");
    static final PartId BEARING_BLOCK = new PartId("110050");
    private static final long SEED = 20261128L;
    private static final int LOTS = 20;
    private static final Instant FIRST_LOT = Instant.parse("2026-01-05T07:00:00Z");

    private DemoQualityData() {
    }

    /** Stores the agreements and measurements; the number of measurements stored (0 when stored before). */
    static int store(QualityRecords records, String actor) {
        List<QualityFileImport.Agreement> agreements = List.of(
                new QualityFileImport.Agreement(new AgreementTerms(SHAFT, new SupplierId("L27130"), List.of(
                        new Characteristic("shaft_diameter", "mm", 35.0, 34.975, 35.0, "outside micrometer, 20 °C",
                                5, "every lot", true, null),
                        new Characteristic("roughness_ra", "µm", null, null, 0.8, "profilometer, ISO 4287", 1,
                                "every lot", false, 0.1))), "demo: quality agreement after PPAP of L26020"),
                new QualityFileImport.Agreement(new AgreementTerms(BEARING_BLOCK, new SupplierId("L20110"), List.of(
                        new Characteristic("bore_diameter", "mm", 62.015, 62.0, 62.03, "CMM, ISO 10360-2", 5,
                                "every lot", true, null),
                        new Characteristic("tensile_strength", "MPa", null, 400.0, null, "ISO 6892-1 test bar", 1,
                                "every lot", true, 15.0))), "demo: quality agreement GJS-400-15"));
        Random random = new Random(SEED);
        List<Measurement> measurements = new ArrayList<>();
        // the secondary runs a little higher and wider than the primary: what cross-validation is for
        lots(measurements, random, SHAFT, "shaft_diameter", "L27130", 34.9875, 0.0035, 5, 4);
        lots(measurements, random, SHAFT, "shaft_diameter", "L26020", 34.9905, 0.0045, 5, 4);
        lots(measurements, random, SHAFT, "roughness_ra", "L27130", 0.45, 0.08, 1, 2);
        lots(measurements, random, SHAFT, "roughness_ra", "L26020", 0.55, 0.10, 1, 2);
        lots(measurements, random, BEARING_BLOCK, "bore_diameter", "L20110", 62.015, 0.004, 5, 4);
        lots(measurements, random, BEARING_BLOCK, "bore_diameter", "L25020", 62.019, 0.005, 5, 4);
        lots(measurements, random, BEARING_BLOCK, "tensile_strength", "L20110", 455, 12, 1, 0);
        lots(measurements, random, BEARING_BLOCK, "tensile_strength", "L25020", 430, 15, 1, 0);
        QualityFileImport file = new QualityFileImport("demo quality data", MeasurementStore.contentSha256(
                measurements), agreements, measurements);
        return records.measurements().importFile(actor, file).measurementsStored();
    }

    /**
     * {@value #LOTS} weekly lots of {@code perLot} certificate values, normal with the given mean and standard
     * deviation rounded to {@code decimals}; every fourth lot also measured once at our incoming inspection.
     */
    private static void lots(List<Measurement> out, Random random, PartId part, String characteristic,
                             String supplier, double mean, double sd, int perLot, int decimals) {
        SupplierId id = new SupplierId(supplier);
        double scale = Math.pow(10, decimals);
        for (int lot = 0; lot < LOTS; lot++) {
            Instant at = FIRST_LOT.plus(Duration.ofDays(7L * lot));
            String lotId = supplier + "-26" + String.format(java.util.Locale.ROOT, "%02d", lot + 1);
            for (int i = 0; i < perLot; i++) {
                double value = Math.round((mean + sd * random.nextGaussian()) * scale) / scale;
                out.add(new Measurement(part, characteristic, id, lotId, at.plus(Duration.ofMinutes(i)), value,
                        Source.SUPPLIER_CERTIFICATE));
            }
            if (lot % 4 == 3) {
                double value = Math.round((mean + sd * random.nextGaussian()) * scale) / scale;
                out.add(new Measurement(part, characteristic, id, lotId, at.plus(Duration.ofDays(2)), value,
                        Source.INCOMING_INSPECTION));
            }
        }
    }
}
