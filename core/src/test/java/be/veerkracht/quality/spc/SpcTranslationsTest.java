package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.MessageKey;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every SPC message and rule description exists in English, Dutch and French. */
class SpcTranslationsTest {

    @Test
    void every_key_in_every_language() throws Exception {
        List<MessageKey> keys = new ArrayList<>(List.of(SpcText.values()));
        keys.addAll(List.of(RunRule.values()));
        for (String suffix : List.of("", "_nl", "_fr")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/quality/spc/spc" + suffix
                    + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (MessageKey key : keys) {
                assertThat(bundle.getProperty(key.key())).as(key.key() + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(keys.size());
        }
    }
}
