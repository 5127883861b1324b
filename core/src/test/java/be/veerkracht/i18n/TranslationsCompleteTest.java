package be.veerkracht.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.ProblemKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** House rule 6: every message key of core exists in English, Dutch and French, and every pattern parses. */
class TranslationsCompleteTest {

    @Test
    void every_problem_key_is_translated_in_every_language() throws IOException {
        for (String suffix : new String[] {"", "_nl", "_fr"}) {
            Properties bundle = load("/be/veerkracht/portfolio/problems" + suffix + ".properties");
            for (ProblemKey key : ProblemKey.values()) {
                assertThat(bundle.getProperty(key.key())).as(key + " in problems" + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key())); // throws on a broken pattern
            }
            assertThat(bundle.getProperty("label.row")).isNotBlank();
            assertThat(bundle.getProperty("label.summary")).isNotBlank();
            assertThat(bundle.stringPropertyNames()).hasSize(ProblemKey.values().length + 2);
        }
    }

    @Test
    void every_exposure_finding_action_and_effect_is_translated_in_every_language() throws IOException {
        java.util.List<be.veerkracht.i18n.MessageKey> keys = new java.util.ArrayList<>();
        keys.addAll(java.util.List.of(be.veerkracht.exposure.FindingKind.values()));
        keys.addAll(java.util.List.of(be.veerkracht.exposure.ExposureText.values()));
        for (String suffix : new String[] {"", "_nl", "_fr"}) {
            Properties bundle = load("/be/veerkracht/exposure/exposure" + suffix + ".properties");
            for (be.veerkracht.i18n.MessageKey key : keys) {
                assertThat(bundle.getProperty(key.key())).as(key.key() + " in exposure" + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(key.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(keys.size());
        }
    }

    @Test
    void a_dutch_machine_asking_for_english_gets_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("nl", "BE"));
            assertThat(Messages.format(ProblemKey.REQUIRED, Locale.ENGLISH)).isEqualTo("required, but empty");
            assertThat(Messages.format(ProblemKey.REQUIRED, new Locale("nl", "BE"))).isEqualTo("verplicht, maar leeg");
            assertThat(Messages.format(ProblemKey.REQUIRED, Locale.GERMAN)).isEqualTo("required, but empty");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophes_survive_message_format() {
        assertThat(Messages.format(ProblemKey.UNKNOWN_PART, Locale.FRENCH, "P-9"))
                .isEqualTo("part_id inconnu 'P-9' : absent de la feuille parts");
        assertThat(Messages.format(ProblemKey.COLUMN_MISSING, Locale.FRENCH, "share"))
                .isEqualTo("la colonne obligatoire 'share' manque dans la ligne d'en-tête");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsCompleteTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
