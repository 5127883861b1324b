package be.veerkracht.cli;

import be.veerkracht.quality.spc.StatisticFormat;
import java.util.Locale;

/** Statistics in the quality reports: 6 significant digits, with the decimal mark of the report's language. */
final class QualityFigures {

    /** Decimals of a capability index for people (1.33 and 1.67 are the usual targets). */
    static final int INDEX_DECIMALS = 3;

    private final boolean decimalComma;

    QualityFigures(Locale locale) {
        this.decimalComma = !locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** E.g. {@code 74.0012} in English, {@code 74,0012} in Dutch and French. */
    String of(double value) {
        String text = StatisticFormat.of(value);
        return decimalComma ? text.replace('.', ',') : text;
    }

    /** A capability index or its bound to {@value #INDEX_DECIMALS} decimals, e.g. {@code 1.703}. */
    String index(double value) {
        String text = String.format(Locale.ROOT, "%." + INDEX_DECIMALS + "f", value);
        return decimalComma ? text.replace('.', ',') : text;
    }
}
