package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.web.imports.ImportText;
import be.veerkracht.web.map.MapText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of every page bundle ({@link WebText}) is in the English, Dutch and French file itself (not only through
 * a fallback), no file holds a key the code does not use, and each pattern formats with all its arguments (a lone
 * {@code '} in a MessageFormat pattern would swallow them: the files write {@code ''}).
 */
class WebTextBundlesTest {

    /** One row per bundle: its enum's constants and base name. */
    record Bundle(String name, WebText[] keys) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bundle> bundles() {
        return Stream.of(new Bundle(PageText.BUNDLE, PageText.values()), new Bundle(MapText.BUNDLE, MapText.values()),
                new Bundle(ImportText.BUNDLE, ImportText.values()));
    }

    private static Properties file(String bundle, Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + bundle.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = WebTextBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_language_file_holds_exactly_the_keys_of_the_code(Bundle bundle) throws IOException {
        Set<String> used = Arrays.stream(bundle.keys()).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(bundle.name(), language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_pattern_formats_with_all_its_arguments(Bundle bundle) {
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        for (Locale language : Messages.LANGUAGES) {
            for (WebText key : bundle.keys()) {
                assertThat(Messages.format(key, language, args)).as(language + " " + key.key()).doesNotContain("{");
            }
        }
    }

    @Test
    void apostrophes_survive_message_format() {
        assertThat(Messages.format(MapText.OVERLAY_TRADE, Locale.FRENCH)).isEqualTo("Relation commerciale avec l'UE");
        assertThat(Messages.format(MapText.CAPTION_POINTS, Locale.ENGLISH)).contains("country's circle");
        assertThat(Messages.format(PageText.SORT_SPEND, Locale.FRENCH)).isEqualTo("Dépense la plus élevée d'abord");
    }
}
