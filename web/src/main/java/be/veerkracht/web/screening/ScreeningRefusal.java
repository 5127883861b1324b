package be.veerkracht.web.screening;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.web.page.FieldRefusal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The refusals of the screening pages and API ({@link FieldRefusal}) with their texts ({@link ScreeningText}): a bad
 * field (400), an unknown list entry or no snapshot (404), no list stored yet (409).
 */
public final class ScreeningRefusal {

    public static final int BAD_REQUEST = FieldRefusal.BAD_REQUEST;
    public static final int NOT_FOUND = FieldRefusal.NOT_FOUND;
    public static final int CONFLICT = FieldRefusal.CONFLICT;

    private ScreeningRefusal() {
    }

    /** A field the request got wrong; {@code field} as the form and the JSON body name it. */
    public static FieldRefusal badField(String field, ScreeningText key, Object... args) {
        return of(BAD_REQUEST, Objects.requireNonNull(field, "field"), key, args);
    }

    /** Something the request names is not there (404) or cannot be done yet (409); {@code field} may be null. */
    public static FieldRefusal of(int status, String field, ScreeningText key, Object... args) {
        Object[] copy = args.clone();
        return new FieldRefusal(status, field, locale -> Messages.format(key, locale, copy), ScreeningRefusal::label);
    }

    /** A field's label key, {@code FIELD_<NAME>} of {@link ScreeningText}, when there is one. */
    static Optional<MessageKey> label(String field) {
        try {
            return Optional.of(ScreeningText.valueOf("FIELD_" + field.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException none) {
            return Optional.empty();
        }
    }
}
