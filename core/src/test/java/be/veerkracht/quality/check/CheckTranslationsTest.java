package be.veerkracht.quality.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every review message exists in English, Dutch and French. */
class CheckTranslationsTest {

    @Test
    void every_key_in_every_language() throws Exception {
        for (String suffix : List.of("", "_nl", "_fr")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/quality/check/check" + suffix
                    + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CheckText key : CheckText.values()) {
                assertThat(bundle.getProperty(key.key())).as(key.key() + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(CheckText.values().length);
        }
    }
}
