package be.veerkracht.i18n;

/**
 * A user-facing message: a key in a resource bundle translated into English (the base bundle), Dutch and French.
 * Enums of keys implement this, one enum per capability.
 */
public interface MessageKey {

    /** The resource bundle's base name, e.g. {@code be.veerkracht.portfolio.problems}. */
    String bundle();

    /** The key inside the bundle. */
    String key();
}
