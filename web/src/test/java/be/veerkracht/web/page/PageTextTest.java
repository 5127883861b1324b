package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.veerkracht.i18n.Messages;
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

/**
 * Every page text is in the English, Dutch and French file itself (not only through the English fallback), each
 * pattern formats, and no file holds a key the code does not use.
 */
class PageTextTest {

    private static Properties file(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + PageText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PageTextTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() throws IOException {
        Set<String> used = Arrays.stream(PageText.values()).map(PageText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    @Test
    void every_pattern_formats() {
        for (Locale language : Messages.LANGUAGES) {
            for (PageText key : PageText.values()) {
                assertThatCode(() -> Messages.format(key, language, "a", "b", "c", "d"))
                        .as(language + " " + key.key()).doesNotThrowAnyException();
            }
        }
    }
}
