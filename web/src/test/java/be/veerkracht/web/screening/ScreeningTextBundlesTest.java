package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.i18n.Messages;
import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.match.MatchKind;
import be.veerkracht.store.screening.ReviewDecision;
import be.veerkracht.store.screening.ReviewState;
import be.veerkracht.web.page.WebTextBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The screening texts: every key in EN, NL and FR (not through a fallback), no stray key, every pattern formats, and
 * every code the pages put into words (review states, decisions, alias qualities, match kinds, rule kinds) has its
 * text.
 */
class ScreeningTextBundlesTest {

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() {
        WebTextBundles.assertExactKeys(ScreeningText.BUNDLE, ScreeningText.values());
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        WebTextBundles.assertPatternsFormat(ScreeningText.values());
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
