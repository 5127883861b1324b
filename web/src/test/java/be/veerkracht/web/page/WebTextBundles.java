package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * House rule 6 for a feature's own bundle of page texts: each language file read on its own (through a
 * ResourceBundle a missing Dutch key would silently fall back to English) holds exactly the keys of the code, and
 * every pattern formats with all its arguments. Shared by the features' text-bundle tests.
 */
public final class WebTextBundles {

    /** More arguments than any pattern takes. */
    private static final Object[] ARGUMENTS = {"a", "b", "c", "d", "e", "f"};

    private WebTextBundles() {
    }

    /** Every language file of {@code bundle} holds exactly the keys of {@code keys}. */
    public static void assertExactKeys(String bundle, WebText[] keys) {
        Set<String> used = Arrays.stream(keys).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(bundle, language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    /** Every key formats in every language without a placeholder or doubled apostrophe left over. */
    public static void assertPatternsFormat(WebText[] keys) {
        for (Locale language : Messages.LANGUAGES) {
            for (WebText key : keys) {
                assertThat(Messages.format(key, language, ARGUMENTS)).as(language + " " + key.key())
                        .doesNotContain("{").doesNotContain("''");
            }
        }
    }

    private static Properties file(String bundle, Locale language) {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + bundle.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = WebTextBundles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return properties;
    }
}
