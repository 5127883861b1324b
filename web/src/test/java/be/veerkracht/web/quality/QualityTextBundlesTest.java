package be.veerkracht.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.quality.check.AlertKind;
import be.veerkracht.quality.equivalence.EquivalenceVerdict;
import be.veerkracht.web.page.WebTextBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** House rule 6 for the quality pages: every key in EN, NL and FR, and every code shown in words has its text. */
class QualityTextBundlesTest {

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() {
        WebTextBundles.assertExactKeys(QualityText.BUNDLE, QualityText.values());
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        WebTextBundles.assertPatternsFormat(QualityText.values());
    }

    @Test
    void every_alert_kind_and_verdict_has_its_words() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(QualityText.valueOf("KIND_" + kind.name())).isNotNull();
        }
        for (EquivalenceVerdict verdict : EquivalenceVerdict.values()) {
            assertThat(QualityText.valueOf("VERDICT_" + verdict.name())).isNotNull();
        }
    }

    @Test
    void apostrophes_survive() {
        assertThat(Messages.format(QualityText.NO_AGREEMENT, Locale.FRENCH, "120020"))
                .isEqualTo("La pi\u00e8ce 120020 n'a pas d'accord qualit\u00e9.");
    }
}
