package be.veerkracht.web.compliance;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.compliance.ComplianceException;
import be.veerkracht.web.page.FieldRefusal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The refusals of the export-control pages and API ({@link FieldRefusal}) with their texts ({@link ComplianceText}):
 * a bad field (400), an unknown item or licence (404) or a clash with what is recorded (409).
 */
public final class ComplianceRefusal {

    public static final int BAD_REQUEST = FieldRefusal.BAD_REQUEST;
    public static final int NOT_FOUND = FieldRefusal.NOT_FOUND;
    public static final int CONFLICT = FieldRefusal.CONFLICT;

    private ComplianceRefusal() {
    }

    /** A field the request got wrong; {@code field} as the form and the JSON body name it. */
    public static FieldRefusal badField(String field, ComplianceText key, Object... args) {
        return of(BAD_REQUEST, Objects.requireNonNull(field, "field"), key, args);
    }

    /** Something the request names is not there (404) or clashes with a record (409); {@code field} may be null. */
    public static FieldRefusal of(int status, String field, ComplianceText key, Object... args) {
        Object[] copy = args.clone();
        return new FieldRefusal(status, field, locale -> Messages.format(key, locale, copy), ComplianceRefusal::label);
    }

    /** The store's refusal (licence exists, no such licence, use recorded), with the store's translated message. */
    public static FieldRefusal of(int status, String field, ComplianceException refused) {
        return new FieldRefusal(status, field, refused::message, ComplianceRefusal::label);
    }

    /** A field's label key, {@code FIELD_<NAME>} of {@link ComplianceText}, when there is one. */
    static Optional<MessageKey> label(String field) {
        try {
            return Optional.of(ComplianceText.valueOf("FIELD_" + field.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException none) {
            return Optional.empty();
        }
    }
}
