package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text the template needs exists in English, Dutch and French. Each file is loaded on its own (not through
 * {@link java.util.ResourceBundle}), so a key missing from the Dutch file cannot hide behind the English base.
 */
class ColumnHelpBundlesTest {

    private static final List<String> LABELS = List.of("title", "intro", "heading.sheet", "heading.column",
            "heading.required", "heading.unit", "heading.meaning", "heading.example", "required", "optional",
            "sheet_optional");

    static Properties load(String file) throws IOException {
        String path = "/be/veerkracht/ingest/" + file;
        try (InputStream in = ColumnHelpBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    /** Every key the help sheet looks up, derived from {@link Sheet}. */
    static List<String> neededKeys() {
        List<String> keys = new ArrayList<>();
        LABELS.forEach(label -> keys.add("help." + label));
        for (Sheet sheet : Sheet.values()) {
            keys.add(ColumnHelp.aboutKey(sheet));
            for (Column column : sheet.columns()) {
                keys.add(column.meaningKey(sheet));
                keys.add(ColumnHelp.exampleKey(sheet, column));
                if (!ColumnHelp.isLiteral(column.unit())) {
                    keys.add(ColumnHelp.unitKey(column.unit()));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns.properties", "columns_nl.properties", "columns_fr.properties"})
    void everyColumnHasAMeaningAnExampleAndAUnit(String file) throws IOException {
        Properties texts = load(file);

        for (String key : neededKeys()) {
            assertThat(texts.getProperty(key)).as(file + ": " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns_nl.properties", "columns_fr.properties"})
    void translationsHaveTheSameKeysAsTheBase(String file) throws IOException {
        Set<String> base = load("columns.properties").stringPropertyNames();

        assertThat(load(file).stringPropertyNames()).isEqualTo(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns_nl.properties", "columns_fr.properties"})
    void meaningsAreTranslatedNotCopied(String file) throws IOException {
        Properties base = load("columns.properties");
        Properties translated = load(file);

        for (Sheet sheet : Sheet.values()) {
            for (Column column : sheet.columns()) {
                String key = column.meaningKey(sheet);
                assertThat(translated.getProperty(key)).as(file + ": " + key).isNotEqualTo(base.getProperty(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr"})
    void theBundleIsFoundThroughColumnHelpInEachLanguage(String language) {
        ColumnHelp help = new ColumnHelp(new Locale(language));
        Column leadTime = Sheet.SOURCING.column("lead_time_days").orElseThrow();

        assertThat(help.meaning(Sheet.SOURCING, leadTime)).isNotBlank();
        assertThat(help.unit(leadTime)).isNotBlank();
    }
}
