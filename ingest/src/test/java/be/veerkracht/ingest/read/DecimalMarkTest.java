package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number conventions of docs/file-format.md, value by value (expected values by hand). */
class DecimalMarkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234,56      | 1234.56",
        "1.234,56     | 1234.56",
        "1 234,56     | 1234.56",
        "1\u00A0234\u00A0567,5 | 1234567.5",
        "-1.234       | -1234",
        "0,04         | 0.04",
        "250.000      | 250000",
    })
    void a_semicolon_file_reads_decimal_commas_and_grouping(String text, String expected) {
        assertThat(DecimalMark.COMMA.parse(text.strip())).contains(new BigDecimal(expected.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.04  | 0,04",
        "12.5  | 12,5",
        "1.23  | 1,23",
    })
    void a_decimal_point_in_a_semicolon_file_is_refused_with_the_comma_spelling(String text, String suggestion) {
        assertThat(DecimalMark.COMMA.parse(text.strip())).isEmpty();
        assertThat(DecimalMark.COMMA.suggestion(text.strip())).contains(suggestion.strip());
    }

    @Test
    void a_comma_file_reads_only_plain_decimal_points() {
        assertThat(DecimalMark.POINT.parse("1234.56")).contains(new BigDecimal("1234.56"));
        assertThat(DecimalMark.POINT.parse("-7")).contains(new BigDecimal("-7"));
        assertThat(DecimalMark.POINT.parse("1,5")).isEmpty();
        assertThat(DecimalMark.POINT.suggestion("1,5")).contains("1.5");
        assertThat(DecimalMark.POINT.suggestion("1.234,56")).contains("1234.56");
        assertThat(DecimalMark.POINT.parse("1 234")).isEmpty();
        assertThat(DecimalMark.POINT.suggestion("abc")).isEmpty();
    }

    @Test
    void utf8_with_and_without_bom_and_windows_1252_are_told_apart() {
        byte[] cp1252 = {'c', 'a', 'f', (byte) 0xE9};            // "café" in Windows-1252: é = 0xE9
        byte[] utf8 = "café".getBytes(StandardCharsets.UTF_8);    // é = C3 A9
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};

        assertThat(CsvText.decode(cp1252)).extracting(CsvText.Decoded::text, d -> d.charset().name())
                .containsExactly("café", "windows-1252");
        assertThat(CsvText.decode(utf8).text()).isEqualTo("café");
        assertThat(CsvText.decode(bom)).extracting(CsvText.Decoded::text, CsvText.Decoded::bom)
                .containsExactly("x", true);
    }
}
