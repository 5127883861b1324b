package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|nl|fr}: the language of messages for people; defaults to the system's. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: en, nl or fr (default: the system's, else en).")
    private String language;

    public Locale locale() {
        return Messages.language(language == null ? Locale.getDefault() : Locale.forLanguageTag(language));
    }
}
