package be.veerkracht.cli.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every label of the text report exists in English, Dutch and French (files read directly). */
class ReportTranslationsTest {

    @Test
    void every_label_in_every_language() throws Exception {
        for (String suffix : new String[] {"", "_nl", "_fr"}) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/cli/exposure/report" + suffix
                    + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ReportLabel label : ReportLabel.values()) {
                assertThat(bundle.getProperty(label.key())).as(label + " in report" + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(label.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(ReportLabel.values().length);
        }
    }
}
