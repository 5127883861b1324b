package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ItemKind;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.store.compliance.ItemRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of the export-control forms and JSON bodies, which use the same names, into values; a bad field
 * is a {@link ComplianceRefusal} naming it. The form and the API read through the same methods, so they refuse the
 * same input with the same reason.
 */
final class ComplianceInput {

    /** Longest free text kept (reasons, evidence, end use), characters. */
    static final int MAX_TEXT = 2000;
    /** Longest id, number or name, characters. */
    static final int MAX_NAME = 200;

    private final Function<String, String> fields;

    ComplianceInput(Function<String, String> fields) {
        this.fields = fields;
    }

    /** The field's value, stripped; null when absent or blank. */
    String optional(String field) {
        String value = fields.apply(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_TOO_LONG, MAX_TEXT);
        }
        return stripped;
    }

    String required(String field) {
        String value = optional(field);
        if (value == null) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_REQUIRED);
        }
        return value;
    }

    /** A short required text: an id, a number, a name. */
    String name(String field) {
        String value = required(field);
        if (value.length() > MAX_NAME) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_TOO_LONG, MAX_NAME);
        }
        return value;
    }

    /** One constant of {@code type}, written in any case with {@code -} or {@code _}; {@code fallback} when absent. */
    <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String value = optional(field);
        if (value == null) {
            if (fallback == null) {
                throw ComplianceRefusal.badField(field, ComplianceText.ERROR_REQUIRED);
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_CHOICE, codes(type), value);
        }
    }

    /** {@code item_kind} and {@code item_id}: the part or product asked about. */
    ItemRef item() {
        ItemKind kind = choice("item_kind", ItemKind.class, null);
        return new ItemRef(kind, name("item_id"));
    }

    /** An item written {@code part:ID} or {@code product:ID}. */
    ItemRef itemRef(String field) {
        String value = name(field);
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            String kind = value.substring(0, colon).toUpperCase(Locale.ROOT);
            if (kind.equals("PART") || kind.equals("PRODUCT")) {
                return new ItemRef(ItemKind.valueOf(kind), value.substring(colon + 1));
            }
        }
        throw ComplianceRefusal.badField(field, ComplianceText.ERROR_ITEM_REF, value);
    }

    CountryCode country(String field) {
        String value = required(field);
        try {
            return new CountryCode(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_COUNTRY, value);
        }
    }

    /** A date, {@code fallback} when absent (null: required). */
    LocalDate date(String field, LocalDate fallback) {
        String value = optional(field);
        if (value == null) {
            if (fallback == null) {
                throw ComplianceRefusal.badField(field, ComplianceText.ERROR_REQUIRED);
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException bad) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_DATE, value);
        }
    }

    /** A date or null when absent. */
    LocalDate optionalDate(String field) {
        return optional(field) == null ? null : date(field, null);
    }

    /** A number above 0, or null when absent and not required. */
    BigDecimal positive(String field, boolean requiredField) {
        String value = requiredField ? required(field) : optional(field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(" ", ""));
            if (number.signum() > 0) {
                return number;
            }
        } catch (NumberFormatException bad) {
            // refused below with the value as given
        }
        throw ComplianceRefusal.badField(field, ComplianceText.ERROR_NUMBER, value);
    }

    /** A number at least 0 (a shipment's value may be 0). */
    BigDecimal zeroOrMore(String field) {
        String value = required(field);
        try {
            BigDecimal number = new BigDecimal(value.replace(" ", ""));
            if (number.signum() >= 0) {
                return number;
            }
        } catch (NumberFormatException bad) {
            // refused below
        }
        throw ComplianceRefusal.badField(field, ComplianceText.ERROR_NUMBER, value);
    }

    /** A list separated by commas, semicolons or blanks; at least one value. */
    Set<String> list(String field) {
        Set<String> values = Arrays.stream(required(field).split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (values.isEmpty()) {
            throw ComplianceRefusal.badField(field, ComplianceText.ERROR_REQUIRED);
        }
        return values;
    }

    /** The codes of an enum as the forms and the API write them: lower case, e.g. {@code cyber_surveillance}. */
    static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ComplianceInput::code).collect(Collectors.joining(", "));
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Every constant's code, for a form's select. */
    static <E extends Enum<E>> List<String> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ComplianceInput::code).toList();
    }
}
