package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Test helper for a command's words (house rule 6): the bundle of a label enum holds exactly the enum's keys in
 * English, Dutch and French, none blank, each a pattern {@link MessageFormat} accepts.
 */
final class CliLabelBundles {

    /** The languages' file suffixes: English (the base file), Dutch, French. */
    static final List<String> SUFFIXES = List.of("", "_nl", "_fr");

    private CliLabelBundles() {
    }

    /** Checks the bundle of {@code labels}; returns the three files (EN, NL, FR) for a test's own further checks. */
    static <E extends Enum<E> & MessageKey> List<Properties> assertComplete(Class<E> labels) throws IOException {
        E[] keys = labels.getEnumConstants();
        String base = "/" + keys[0].bundle().replace('.', '/');
        List<Properties> files = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            Properties bundle = new Properties();
            try (InputStream in = CliLabelBundles.class.getResourceAsStream(base + suffix + ".properties")) {
                assertThat(in).as(base + suffix + ".properties").isNotNull();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (E label : keys) {
                assertThat(bundle.getProperty(label.key())).as(label + " in " + base + suffix).isNotBlank();
                new MessageFormat(bundle.getProperty(label.key()));
            }
            assertThat(bundle.stringPropertyNames()).as(base + suffix).hasSize(keys.length);
            files.add(bundle);
        }
        return files;
    }
}
