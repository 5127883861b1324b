package be.veerkracht.quality.equivalence;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The explanations of cross-validations, translated in {@code equivalence*.properties} (EN, NL, FR). */
public enum EquivalenceText implements MessageKey {
    MARGIN_FROM_TOLERANCE,
    MARGIN_GIVEN,
    SAMPLES,
    T_TESTS,
    VARIANCES,
    TOST_RESULT,
    TOST_SHOWN,
    TOST_NOT_SHOWN,
    VERDICT_EQUIVALENT,
    VERDICT_SPREAD_LARGER,
    VERDICT_MEAN_OUTSIDE,
    VERDICT_UNDECIDED,
    VERDICT_TOO_FEW,
    SAMPLE_SIZE_METHOD,
    PAIRED_DIFFERENCES,
    BLAND_ALTMAN,
    LAB_AGREES,
    LAB_DISAGREES,
    LAB_UNDECIDED,
    LAB_TOO_FEW;

    public static final String BUNDLE = "be.veerkracht.quality.equivalence.equivalence";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
