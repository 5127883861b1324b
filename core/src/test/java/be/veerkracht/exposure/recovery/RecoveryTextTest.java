package be.veerkracht.exposure.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every time-to-survive message exists in English, Dutch and French, and every pattern parses. */
class RecoveryTextTest {

    @Test
    void every_key_is_translated_in_every_language() throws IOException {
        for (String suffix : new String[] {"", "_nl", "_fr"}) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream(
                    "/be/veerkracht/exposure/recovery/recovery" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (RecoveryText key : RecoveryText.values()) {
                assertThat(bundle.getProperty(key.key())).as(key.key() + " in recovery" + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(RecoveryText.values().length);
        }
    }
}
