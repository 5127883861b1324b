package be.veerkracht.web.quality;

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

/**
 * Quality data for sample part 120020 (L27130 primary, L26020 secondary) whose review is known by construction, as
 * in core's QualityCheckTest: length, specification 9.0 .. 10.9 mm (margin 0.19 mm). L27130: 20 weekly lots
 * alternating 10.0, 10.2 (baseline mean 10.1, MR̄ 0.2, σ 0.177305, UCL 10.631915), then 11.0 (Western Electric 1,
 * above the USL) and 10.5 (Western Electric 2); Cpk = 1.1471. L26020: 20 lots alternating 10.4, 10.6, an hour after
 * L27130's; lots 1-3 measured by us 0.4, 0.5, 0.6 lower. Seven alerts, newest first: WE2 and low capability of
 * L27130 (2026-05-25 + 7 days), WE1 and out of spec (2026-05-25), then L26020's not equivalent, low capability
 * (Cpk 0.752) and lab disagreement.
 */
public final class QualityFixture {

    static final PartId PART = new PartId("120020");
    static final SupplierId PRIMARY = new SupplierId("L27130");
    static final SupplierId SECONDARY = new SupplierId("L26020");
    static final Instant T0 = Instant.parse("2026-01-05T07:00:00Z");

    private QualityFixture() {
    }

    public static void store(QualityRecords records) {
        List<QualityFileImport.Agreement> agreements = List.of(new QualityFileImport.Agreement(new AgreementTerms(
                PART, PRIMARY, List.of(new Characteristic("length", "mm", 10.0, 9.0, 10.9, "caliper", 1, "every lot",
                        true, null))), "test"));
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Instant at = T0.plus(Duration.ofDays(7L * i));
            out.add(value(PRIMARY, "P" + (i + 1), at, i % 2 == 0 ? 10.0 : 10.2, Source.SUPPLIER_CERTIFICATE));
            double v = i % 2 == 0 ? 10.4 : 10.6;
            out.add(value(SECONDARY, "S" + (i + 1), at.plus(Duration.ofHours(1)), v, Source.SUPPLIER_CERTIFICATE));
            if (i < 3) {
                out.add(value(SECONDARY, "S" + (i + 1), at.plus(Duration.ofDays(1)), v - 0.4 - 0.1 * i,
                        Source.INCOMING_INSPECTION));
            }
        }
        out.add(value(PRIMARY, "P21", T0.plus(Duration.ofDays(140)), 11.0, Source.SUPPLIER_CERTIFICATE));
        out.add(value(PRIMARY, "P22", T0.plus(Duration.ofDays(147)), 10.5, Source.SUPPLIER_CERTIFICATE));
        records.measurements().importFile("test", new QualityFileImport("fixture", MeasurementStore.contentSha256(out),
                agreements, out));
    }

    private static Measurement value(SupplierId supplier, String lot, Instant at, double value, Source source) {
        return new Measurement(PART, "length", supplier, lot, at, value, source);
    }
}
