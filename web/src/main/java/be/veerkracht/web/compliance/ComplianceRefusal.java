package be.veerkracht.web.compliance;

import be.veerkracht.i18n.Messages;
import be.veerkracht.store.compliance.ComplianceException;
import be.veerkracht.web.page.Labels;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A request about the export-control records that cannot be answered as asked: a bad field (400), an unknown item
 * or licence (404) or a clash with what is recorded (409). Carries the field and a translated message, so the API
 * answers in English naming the field and a page in the visitor's language next to its form ({@link ComplianceText}).
 */
public final class ComplianceRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    private final int status;
    private final String field;
    private final transient Function<Locale, String> text;

    private ComplianceRefusal(int status, String field, Function<Locale, String> text) {
        super((field == null ? "" : field + ": ") + text.apply(Locale.ENGLISH));
        this.status = status;
        this.field = field;
        this.text = text;
    }

    /** A field the request got wrong; {@code field} as the form and the JSON body name it. */
    public static ComplianceRefusal badField(String field, ComplianceText key, Object... args) {
        return of(BAD_REQUEST, Objects.requireNonNull(field, "field"), key, args);
    }

    /** Something the request names is not there (404) or clashes with a record (409); {@code field} may be null. */
    public static ComplianceRefusal of(int status, String field, ComplianceText key, Object... args) {
        Object[] copy = args.clone();
        return new ComplianceRefusal(status, field, locale -> Messages.format(key, locale, copy));
    }

    /** The store's refusal (licence exists, no such licence, use recorded), with the store's translated message. */
    public static ComplianceRefusal of(int status, String field, ComplianceException refused) {
        return new ComplianceRefusal(status, field, refused::message);
    }

    public int status() {
        return status;
    }

    /** The field at fault; null when the request as a whole is. */
    public String field() {
        return field;
    }

    /** The message in the visitor's language, the field's label in front. */
    public String message(Labels text) {
        String said = this.text.apply(text.locale());
        return field == null ? said : label(text, field) + ": " + said;
    }

    /** A field's label in the visitor's language; the field's own name when it has none. */
    static String label(Labels text, String field) {
        try {
            return text.get(ComplianceText.valueOf("FIELD_" + field.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException none) {
            return field;
        }
    }
}
