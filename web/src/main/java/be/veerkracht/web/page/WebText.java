package be.veerkracht.web.page;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/**
 * The texts of the web pages, one enum per feature (pages, map, import), each with its own bundle in EN, NL and FR.
 * Their keys are the constant's name in lower case with dots: {@code NAV_PARTS} is {@code nav.parts}.
 */
public interface WebText extends MessageKey {

    /** The enum constant's name. */
    String name();

    @Override
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
