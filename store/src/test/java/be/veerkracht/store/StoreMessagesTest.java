package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.audit.ChainBreak;
import be.veerkracht.store.audit.ChainVerification;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * House rule 6: every store message is in English, Dutch and French, with the same placeholders. Each language
 * file is read on its own: through a ResourceBundle a missing Dutch key would silently fall back to English.
 */
class StoreMessagesTest {

    private static List<MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>();
        keys.addAll(List.of(StoreProblem.values()));
        keys.addAll(List.of(ChainBreak.values()));
        keys.addAll(List.of(ChainVerification.Label.values()));
        keys.addAll(List.of(be.veerkracht.store.user.UserProblem.values()));
        keys.addAll(List.of(be.veerkracht.store.compliance.ComplianceProblem.values()));
        keys.addAll(List.of(be.veerkracht.store.quality.QualityProblem.values()));
        return keys;
    }

    private static Properties file(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String name = "/" + StoreProblem.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = StoreMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void each_language_file_has_exactly_the_keys_in_use() throws IOException {
        List<String> used = keys().stream().map(MessageKey::key).toList();
        for (Locale language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as("keys in %s", language)
                    .containsExactlyInAnyOrderElementsOf(used);
        }
    }

    @Test
    void each_translation_has_the_placeholders_of_the_english() throws IOException {
        Properties english = file(Locale.ENGLISH);
        for (Locale language : Messages.LANGUAGES) {
            Properties translated = file(language);
            for (MessageKey key : keys()) {
                assertThat(placeholders(translated.getProperty(key.key())))
                        .as("%s in %s", key.key(), language)
                        .isEqualTo(placeholders(english.getProperty(key.key())));
            }
        }
    }

    private static int placeholders(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
