package be.veerkracht.web.page;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request that cannot be answered as asked: a bad field (400), something it names that is not there (404) or a
 * clash with what is recorded or a step that cannot be done yet (409). Carries the field and a translated message, so
 * the API answers in English naming the field and a page answers in the visitor's language next to its form. One
 * type for every feature (export control, screening); each feature's factory ({@code ComplianceRefusal},
 * {@code ScreeningRefusal}) supplies its texts and its field labels.
 */
public final class FieldRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    private final int status;
    private final String field;
    private final transient Function<Locale, String> text;
    private final transient Function<String, Optional<MessageKey>> fieldLabels;

    /**
     * @param field       the field at fault, as the form and the JSON body name it; null when the request as a whole is
     * @param text        the message in a given language
     * @param fieldLabels the label key of a field, when the feature has one
     */
    public FieldRefusal(int status, String field, Function<Locale, String> text,
                        Function<String, Optional<MessageKey>> fieldLabels) {
        super((field == null ? "" : field + ": ") + text.apply(Locale.ENGLISH));
        this.status = status;
        this.field = field;
        this.text = text;
        this.fieldLabels = fieldLabels;
    }

    public int status() {
        return status;
    }

    /** The field at fault; null when the request as a whole is. */
    public String field() {
        return field;
    }

    /** The message in the visitor's language, the field's label in front. */
    public String message(Labels labels) {
        String said = text.apply(labels.locale());
        return field == null ? said : label(labels) + ": " + said;
    }

    /** The field's label in the visitor's language; the field's own name when it has none. */
    public String label(Labels labels) {
        return fieldLabels.apply(field).map(key -> labels.get(key)).orElse(field);
    }
}
