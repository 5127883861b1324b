package be.veerkracht.ingest.write;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import java.util.Locale;

/**
 * What the template's help sheet says about each sheet and column, in English, Dutch or French, from the
 * {@code be/veerkracht/ingest/columns*.properties} bundles. Keys: {@code sheet.column} for a column's meaning
 * ({@link Column#meaningKey}), {@code sheet.column.example} for an example value, {@code about.sheet} for a sheet,
 * {@code unit.xxx} for a unit, {@code help.xxx} for the sheet's own words. No fallback between languages: a
 * missing Dutch text is an error, not English in a Dutch template.
 */
final class ColumnHelp {

    /** The bundle's base name. */
    static final String BUNDLE = "be.veerkracht.ingest.columns";

    private final Locale language;

    ColumnHelp(Locale locale) {
        this.language = Messages.language(locale);
    }

    Locale language() {
        return language;
    }

    String meaning(Sheet sheet, Column column) {
        return text(column.meaningKey(sheet));
    }

    String example(Sheet sheet, Column column) {
        return text(exampleKey(sheet, column));
    }

    String about(Sheet sheet) {
        return text(aboutKey(sheet));
    }

    /**
     * The unit in the user's language; a list of literal values ({@code true|false}, {@code sea|road|...}) stays
     * as it is, since those are the words to type.
     */
    String unit(Column column) {
        return isLiteral(column.unit()) ? column.unit() : text(unitKey(column.unit()));
    }

    /** A word of the help sheet itself, e.g. {@code help.title}. */
    String label(String key) {
        return text("help." + key);
    }

    static String exampleKey(Sheet sheet, Column column) {
        return column.meaningKey(sheet) + ".example";
    }

    static String aboutKey(Sheet sheet) {
        return "about." + sheet.sheetName();
    }

    static boolean isLiteral(String unit) {
        return unit.contains("|");
    }

    /** {@code units/year} → {@code unit.units_year}; {@code fraction 0..1 or %} → {@code unit.fraction_0_1_or}. */
    static String unitKey(String unit) {
        String words = unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return "unit." + words;
    }

    private String text(String key) {
        return Messages.pattern(new Key(key), language);
    }

    /** A key of the columns bundle. */
    private record Key(String key) implements MessageKey {

        @Override
        public String bundle() {
            return BUNDLE;
        }
    }
}
