package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.web.page.WebText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The time-to-survive page's texts: every key in EN, NL and FR, no stray key, every pattern formats. */
class RecoveryTextBundlesTest {

    private static Properties file(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + RecoveryText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = RecoveryTextBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() throws IOException {
        Set<String> used = Arrays.stream(RecoveryText.values()).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        for (Locale language : Messages.LANGUAGES) {
            for (RecoveryText key : RecoveryText.values()) {
                Object[] args = key == RecoveryText.PARTS_COUNT ? new Object[] {3} : new Object[] {"a", "b", "c"};
                assertThat(Messages.format(key, language, args)).as(language + " " + key.key())
                        .doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void apostrophes_and_plurals_survive() {
        assertThat(Messages.format(RecoveryText.KINDS_FOOTPRINT, Locale.FRENCH)).isEqualTo("Empreintes d'événement");
        assertThat(Messages.format(RecoveryText.BAD_KIND, Locale.ENGLISH, "plant")).startsWith("Unknown kind 'plant'");
        assertThat(Messages.format(RecoveryText.PARTS_COUNT, Locale.ENGLISH, 1)).isEqualTo("1 part");
        assertThat(Messages.format(RecoveryText.PARTS_COUNT, new Locale("nl"), 12)).isEqualTo("12 onderdelen");
    }
}
