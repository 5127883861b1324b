package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AllocationTextTest {

    @Test
    void every_key_is_in_every_language() {
        for (AllocationText key : AllocationText.values()) {
            for (Locale language : Messages.LANGUAGES) {
                assertThat(Messages.pattern(key, language)).as(key + " " + language).isNotBlank();
            }
        }
    }

    @Test
    void an_action_reads_as_the_issue_asks() {
        assertThat(Messages.format(AllocationText.ACTION_MOVE, Locale.ENGLISH, "P02", "60/40", "S01/S03", "+1.2 %",
                "95", "\u221238.0 %")).isEqualTo("Move P02 to 60/40 S01/S03: expected cost +1.2 %, CVaR95 \u221238.0 %");
    }
}
