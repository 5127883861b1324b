package be.veerkracht.screening;

import java.util.Objects;

/**
 * One name of a list entry as the list writes it (not normalised), with its quality and, where the list gives
 * it, the script or language it is written in.
 *
 * @param language ISO 639-1 code or script note as the list gives it (e.g. {@code ru}); null when none
 */
public record ListedName(String name, AliasQuality quality, String language) {

    public ListedName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quality, "quality");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a listed name must not be blank");
        }
        language = language == null || language.isBlank() ? null : language.strip();
    }
}
