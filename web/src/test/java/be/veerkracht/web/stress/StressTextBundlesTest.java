package be.veerkracht.web.stress;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.web.page.WebTextBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The stress test page's texts: every key in EN, NL and FR, no stray key, every pattern formats. */
class StressTextBundlesTest {

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() {
        WebTextBundles.assertExactKeys(StressText.BUNDLE, StressText.values());
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        WebTextBundles.assertPatternsFormat(StressText.values());
    }

    @Test
    void apostrophes_survive() {
        assertThat(Messages.format(StressText.NAMED_TITLE, new Locale("nl")))
                .isEqualTo("Benoemde scenario's naast elkaar");
        assertThat(Messages.format(StressText.NO_SNAPSHOT, Locale.FRENCH)).contains("d'abord");
    }
}
