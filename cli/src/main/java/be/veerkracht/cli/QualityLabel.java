package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the quality commands' text output (data and statistics) ({@code be/veerkracht/cli/quality*.properties}), EN, NL, FR. */
enum QualityLabel implements MessageKey {
    IMPORTED,
    IMPORTED_BEFORE,
    AGREEMENT_LINE,
    NO_PRIMARY,
    NEW_VERSION,
    SAME_VERSION,
    PART_TITLE,
    VERSION_LINE,
    CHARACTERISTIC_LINE,
    MARGIN_DEFAULT,
    COA_REQUIRED,
    NO_AGREEMENTS,
    NO_AGREEMENT_FOR_PART,
    TOKEN_CREATED,
    CERTIFICATE_CONFORMS,
    CERTIFICATE_FINDINGS,
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
    WHY,
    CHECK_TITLE,
    CHECK_PART,
    CHECK_CHARACTERISTIC,
    CHECK_SUPPLIER,
    CHECK_VALIDATION,
    CHECK_ALERTS,
    CHECK_NO_ALERTS,
    CHECK_PRIMARY_MARK;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.quality";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
