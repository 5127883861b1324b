package be.veerkracht.web.stress;

import be.veerkracht.web.page.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/** Numbers of the stress test page in the visitor's language, beyond what {@link Labels} has. */
final class StressFormat {

    private StressFormat() {
    }

    /** An estimate in whole euros, {@code EUR 12,345}. */
    static String eur(Labels text, double value) {
        return text.eur(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_EVEN));
    }

    /** Exact money with every decimal it has, {@code EUR 6,250.0000}: booked, not estimated. */
    static String exactEur(Labels text, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return "EUR " + format.format(value);
    }

    /** A probability as a percentage with one decimal, {@code 12.5%}. */
    static String percent(Labels text, double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(text.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A quantity with up to {@code decimals} decimals. */
    static String number(Labels text, double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
