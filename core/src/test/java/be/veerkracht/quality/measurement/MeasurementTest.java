package be.veerkracht.quality.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void a_measurement_refuses_what_cannot_be_a_value_or_key() {
        assertThatThrownBy(() -> new Measurement(new PartId("P1"), "bore", new SupplierId("S1"), "L1", AT,
                Double.NaN, Source.LAB)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Measurement(new PartId("P1"), "", new SupplierId("S1"), "L1", AT, 1,
                Source.LAB)).hasMessageContaining("characteristic");
        assertThatThrownBy(() -> new Measurement(new PartId("P1"), "bore", new SupplierId("S1"), "L".repeat(65), AT,
                1, Source.LAB)).hasMessageContaining("lot is longer than 64");
    }

    @Test
    void a_batch_holds_only_its_own_suppliers_measurements() {
        Measurement ours = new Measurement(new PartId("P1"), "bore", new SupplierId("S1"), "L1", AT, 1, Source.LAB);
        Measurement theirs = new Measurement(new PartId("P1"), "bore", new SupplierId("S2"), "L1", AT, 1,
                Source.LAB);
        assertThat(new Batch("B-1", new SupplierId("S1"), List.of(ours)).measurements()).containsExactly(ours);
        assertThatThrownBy(() -> new Batch("B-1", new SupplierId("S1"), List.of(ours, theirs)))
                .hasMessageContaining("holds a measurement of supplier S2");
        assertThatThrownBy(() -> new Batch("B-1", new SupplierId("S1"), List.of()))
                .hasMessageContaining("no measurements");
    }

    @Test
    void every_certificate_finding_is_translated_in_every_language() throws IOException {
        for (String suffix : new String[] {"", "_nl", "_fr"}) {
            Properties bundle = new Properties();
            String resource = "/be/veerkracht/quality/measurement/certificate" + suffix + ".properties";
            try (InputStream in = MeasurementTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CertificateFinding.Kind kind : CertificateFinding.Kind.values()) {
                assertThat(bundle.getProperty(kind.key())).as(kind + " in " + resource).isNotBlank();
                new MessageFormat(bundle.getProperty(kind.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(CertificateFinding.Kind.values().length);
        }
    }
}
