package be.veerkracht.quality.spc;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/**
 * The run rules, each with its plain description as a translated message ({@code spc*.properties}). Zones are
 * measured in σ of the plotted statistic from the centre line: A beyond 2 σ, B between 1 σ and 2 σ, C within 1 σ.
 * Sources: Western Electric Co., <i>Statistical Quality Control Handbook</i>, 1956, pp. 25–28; L. S. Nelson,
 * "The Shewhart control chart — tests for special causes", <i>Journal of Quality Technology</i> 16(4), 1984,
 * pp. 237–239, doi:10.1080/00224065.1984.11978921.
 */
public enum RunRule implements MessageKey {
    /** One point beyond 3 σ. */
    WESTERN_ELECTRIC_1,
    /** Two of three consecutive points beyond 2 σ on the same side. */
    WESTERN_ELECTRIC_2,
    /** Four of five consecutive points beyond 1 σ on the same side. */
    WESTERN_ELECTRIC_3,
    /** Eight consecutive points on the same side of the centre line. */
    WESTERN_ELECTRIC_4,
    /** One point beyond 3 σ. */
    NELSON_1,
    /** Nine points in a row on the same side of the centre line. */
    NELSON_2,
    /** Six points in a row steadily increasing or decreasing. */
    NELSON_3,
    /** Fourteen points in a row alternating up and down. */
    NELSON_4,
    /** Two of three points in a row beyond 2 σ on the same side. */
    NELSON_5,
    /** Four of five points in a row beyond 1 σ on the same side. */
    NELSON_6,
    /** Fifteen points in a row within 1 σ, on either side. */
    NELSON_7,
    /** Eight points in a row beyond 1 σ, on either side. */
    NELSON_8;

    @Override
    public String bundle() {
        return SpcText.BUNDLE;
    }

    @Override
    public String key() {
        return "rule." + name().toLowerCase(Locale.ROOT);
    }
}
