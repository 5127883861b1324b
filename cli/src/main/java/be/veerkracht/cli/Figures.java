package be.veerkracht.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers for people, in their language's conventions (machine output uses {@link Locale#ROOT} instead). */
final class Figures {

    private final Locale locale;

    Figures(Locale locale) {
        this.locale = locale;
    }

    /** {@code EUR 1,234,567.89} in English, {@code EUR 1.234.567,89} in Dutch, {@code EUR 1 234 567,89} in French. */
    String eur(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "EUR " + format.format(amount);
    }

    /** An estimate in EUR (a statistic, a double), to the cent, as {@link #eur(BigDecimal)} shows it. */
    String eur(double amount) {
        return eur(BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    /** A number with exactly {@code decimals} decimals, grouped as the language writes it. */
    String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** The same for an exact amount. */
    String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A fraction as a percentage with at most {@code decimals} decimals: {@code 92.4%}, {@code 92,4 %}. */
    String percent(double fraction, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    /** The same for an exact fraction. */
    String percent(BigDecimal fraction, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }
}
