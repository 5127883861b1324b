package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the quality reports ({@code be/veerkracht/cli/quality*.properties}), EN, NL, FR. */
enum QualityLabel implements MessageKey {
    CAPABILITY_TITLE,
    CAPABILITY_DATA,
    CAPABILITY_SIGMA,
    CAPABILITY_INDICES,
    CAPABILITY_INTERVALS,
    EQUIVALENCE_TITLE,
    EQUIVALENCE_SAMPLES,
    EQUIVALENCE_DIFFERENCE,
    EQUIVALENCE_TESTS,
    EQUIVALENT,
    NOT_SHOWN_EQUIVALENT,
    WHY;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.quality";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
