package be.veerkracht.web.screening;

import be.veerkracht.i18n.Messages;
import be.veerkracht.web.page.Labels;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A screening request that cannot be answered as asked: a bad field (400), an unknown list entry or no snapshot
 * (404), no list stored yet (409). Carries the field and a translated message: the API answers in English naming the
 * field, a page in the visitor's language next to its form ({@link ScreeningText}).
 */
public final class ScreeningRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    private final int status;
    private final String field;
    private final transient Function<Locale, String> text;

    private ScreeningRefusal(int status, String field, Function<Locale, String> text) {
        super((field == null ? "" : field + ": ") + text.apply(Locale.ENGLISH));
        this.status = status;
        this.field = field;
        this.text = text;
    }

    /** A field the request got wrong; {@code field} as the form and the JSON body name it. */
    public static ScreeningRefusal badField(String field, ScreeningText key, Object... args) {
        return of(BAD_REQUEST, Objects.requireNonNull(field, "field"), key, args);
    }

    /** Something the request names is not there (404) or cannot be done yet (409); {@code field} may be null. */
    public static ScreeningRefusal of(int status, String field, ScreeningText key, Object... args) {
        Object[] copy = args.clone();
        return new ScreeningRefusal(status, field, locale -> Messages.format(key, locale, copy));
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

    private static String label(Labels text, String field) {
        try {
            return text.get(ScreeningText.valueOf("FIELD_" + field.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException none) {
            return field;
        }
    }
}
