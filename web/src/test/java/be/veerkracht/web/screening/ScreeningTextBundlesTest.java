package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.i18n.Messages;
import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.match.MatchKind;
import be.veerkracht.store.screening.ReviewDecision;
import be.veerkracht.store.screening.ReviewState;
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

/**
 * The screening texts: every key in EN, NL and FR (not through a fallback), no stray key, every pattern formats, and
 * every code the pages put into words (review states, decisions, alias qualities, match kinds, rule kinds) has its
 * text.
 */
class ScreeningTextBundlesTest {

    private static Properties file(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + ScreeningText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ScreeningTextBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() throws IOException {
        Set<String> used = Arrays.stream(ScreeningText.values()).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as(language.toString()).isEqualTo(used);
        }
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        for (Locale language : Messages.LANGUAGES) {
            for (ScreeningText key : ScreeningText.values()) {
                assertThat(Messages.format(key, language, args)).as(language + " " + key.key())
                        .doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void every_code_shown_in_words_has_its_text() {
        assertWords("STATE_", ReviewState.values());
        assertWords("DECISION_", ReviewDecision.values());
        assertWords("ALIAS_", AliasQuality.values());
        assertWords("MATCH_", MatchKind.values());
        assertWords("CONCERN_", Embargo.Kind.values());
    }

    @Test
    void apostrophes_survive() {
        assertThat(Messages.format(ScreeningText.PORTFOLIO_TITLE, Locale.FRENCH))
                .isEqualTo("Fournisseurs et clients de l'instantané le plus récent");
        assertThat(Messages.format(ScreeningText.NAME_RESULT, Locale.ENGLISH, "ACME", "2")).isEqualTo("'ACME': 2 hits");
    }

    private static void assertWords(String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(ScreeningText.valueOf(prefix + value.name())).as(prefix + value.name()).isNotNull();
        }
    }
}
