package be.veerkracht.allocation;

import java.util.Locale;

/** How numbers become message arguments: {@link Locale#ROOT}, units and EUR with their precision. */
final class Format {

    private Format() {
    }

    /** EUR to the cent, thousands separated: {@code 12,345.67}. */
    static String eur(double amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** Units to one decimal: {@code 1,250.0}. */
    static String units(double units) {
        return String.format(Locale.ROOT, "%,.1f", units);
    }

    /** A share as a whole percentage: {@code 60 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** A relative change with its sign: {@code +1.2 %}, {@code −38.0 %}; "n/a" from 0. */
    static String change(double from, double to) {
        if (from == 0) {
            return to == 0 ? "+0.0 %" : "n/a";
        }
        double change = 100 * (to - from) / Math.abs(from);
        return (change < 0 ? "\u2212" : "+") + String.format(Locale.ROOT, "%.1f %%", Math.abs(change));
    }
}
