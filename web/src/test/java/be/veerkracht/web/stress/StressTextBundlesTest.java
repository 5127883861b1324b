package be.veerkracht.web.stress;

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

/** The stress test page's texts: every key in EN, NL and FR, no stray key, every pattern formats. */
class StressTextBundlesTest {

    private static Properties file(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + StressText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = StressTextBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() throws IOException {
        Set<String> used = Arrays.stream(StressText.values()).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        for (Locale language : Messages.LANGUAGES) {
            for (StressText key : StressText.values()) {
                assertThat(Messages.format(key, language, args)).as(language + " " + key.key())
                        .doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void apostrophes_survive() {
        assertThat(Messages.format(StressText.NAMED_TITLE, new Locale("nl")))
                .isEqualTo("Benoemde scenario's naast elkaar");
        assertThat(Messages.format(StressText.NO_SNAPSHOT, Locale.FRENCH)).contains("d'abord");
    }
}
