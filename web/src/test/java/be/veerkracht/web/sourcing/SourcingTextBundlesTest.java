package be.veerkracht.web.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.sourcing.landed.CostItem;
import be.veerkracht.web.page.WebTextBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sourcing pages' texts: every key in EN, NL and FR, no stray key, every pattern formats. */
class SourcingTextBundlesTest {

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() {
        WebTextBundles.assertExactKeys(SourcingText.BUNDLE, SourcingText.values());
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        WebTextBundles.assertPatternsFormat(SourcingText.values());
    }

    @Test
    void every_cost_line_has_a_name_and_apostrophes_survive() {
        for (CostItem item : CostItem.values()) {
            assertThat(LandedCostView.item(item)).isNotNull();
        }
        assertThat(Messages.format(SourcingText.DATA_SAMPLE, Locale.ENGLISH)).startsWith("The article's sample");
        assertThat(Messages.format(SourcingText.NAV, new Locale("nl"))).isEqualTo("Landenkeuze");
        assertThat(Messages.format(SourcingText.NAV, Locale.FRENCH)).isEqualTo("Choix du pays");
    }
}
