package be.veerkracht.ingest.read;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.ProblemKey;

/** Customs codes as people write them ({@code 8481.80 19}): only the digits count, 4 to 10 of them. */
final class HsCodes {

    private HsCodes() {
    }

    /** The digits of the code in {@code column}; null when empty, or (with a problem) when not an HS code. */
    static String read(RowFields f, String column) {
        String text = f.text(column);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[.\\s]", "");
        if (!Part.HS_CODE.matcher(digits).matches()) {
            f.problem(column, ProblemKey.NOT_AN_HS_CODE, text);
            return null;
        }
        return digits;
    }
}
