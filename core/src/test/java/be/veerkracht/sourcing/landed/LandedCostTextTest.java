package be.veerkracht.sourcing.landed;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.action.Action.Text;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every landed-cost explanation exists in English, Dutch and French, and formats. */
class LandedCostTextTest {

    @Test
    void every_key_in_every_language() throws Exception {
        for (String suffix : List.of("", "_nl", "_fr")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/sourcing/landed/landed"
                    + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (LandedCostText key : LandedCostText.values()) {
                assertThat(bundle.getProperty(key.key())).as(key.key() + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(LandedCostText.values().length);
        }
    }

    @Test
    void a_line_reads_in_each_language_with_its_numbers_as_given() {
        CostLine line = new CostLine(CostItem.ORDERING, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN,
                List.of(Text.of(LandedCostText.ORDERING, "12.5", "100"), Text.of(LandedCostText.MODE_ASSUMED)));
        assertThat(line.explanation())
                .isEqualTo("12.5 orders a year (D/Q) x 100 EUR per order; mode assumed: the country's main mode");
        assertThat(line.explanation(new Locale("nl"))).isEqualTo("12.5 bestellingen per jaar (D/Q) x 100 EUR per "
                + "bestelling; modus aangenomen: de hoofdmodus van het land");
        assertThat(line.explanation(Locale.FRENCH)).startsWith("12.5 commandes par an").endsWith("mode principal du pays");
    }
}
