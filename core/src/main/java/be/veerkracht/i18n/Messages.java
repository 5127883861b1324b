package be.veerkracht.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats a {@link MessageKey} in one of the product's languages. Patterns follow {@link MessageFormat}; the
 * arguments are already-formatted text, so numbers keep the decimal point the data had.
 */
public final class Messages {

    /** The languages every bundle must have: English (base), Dutch, French. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("nl"), Locale.FRENCH);

    /** No fallback to the JVM's default locale: a Dutch machine asking for English gets English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The product language closest to {@code locale}: Dutch, French, else English. */
    public static Locale language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nl" -> LANGUAGES.get(1);
            case "fr" -> LANGUAGES.get(2);
            default -> Locale.ENGLISH;
        };
    }

    public static String format(MessageKey key, Locale locale, Object... args) {
        Locale language = language(locale);
        String pattern = pattern(key, language);
        return new MessageFormat(pattern, language).format(args);
    }

    /** The raw pattern; throws {@link MissingResourceException} when a translation is missing. */
    public static String pattern(MessageKey key, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(key.bundle(),
                language.equals(Locale.ENGLISH) ? Locale.ROOT : language, NO_FALLBACK);
        if (!language.equals(Locale.ENGLISH) && !bundle.getLocale().equals(language)) {
            throw new MissingResourceException("no " + language + " bundle", key.bundle(), key.key());
        }
        return bundle.getString(key.key());
    }
}
