package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected texts written by hand from the import format: ',' with points, ';' with commas and '.' grouping. */
class CsvDialectTest {

    @Test
    void commaDialectWritesThePlainDecimal() {
        assertThat(CsvDialect.COMMA.format(new BigDecimal("12.5"), false)).isEqualTo("12.5");
        assertThat(CsvDialect.COMMA.format(new BigDecimal("1234567.50"), false)).isEqualTo("1234567.50");
        assertThat(CsvDialect.COMMA.format(new BigDecimal("1E+3").setScale(0), false)).isEqualTo("1000");
    }

    @Test
    void semicolonDialectWritesADecimalComma() {
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("12.5"), false)).isEqualTo("12,5");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("0.8"), false)).isEqualTo("0,8");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("1234567.5"), false)).isEqualTo("1234567,5");
    }

    @Test
    void semicolonDialectGroupsThousandsWithPointsWhenAsked() {
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("1234567.5"), true)).isEqualTo("1.234.567,5");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("1000"), true)).isEqualTo("1.000");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("999.99"), true)).isEqualTo("999,99");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("123456"), true)).isEqualTo("123.456");
        assertThat(CsvDialect.SEMICOLON.format(new BigDecimal("-1234.5"), true)).isEqualTo("-1.234,5");
    }

    @Test
    void commaDialectHasNoGrouping() {
        assertThatThrownBy(() -> CsvDialect.COMMA.format(BigDecimal.TEN, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvLayout(CsvDialect.COMMA, CsvEncoding.UTF_8, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheBomEncodingHasAPreamble() {
        // U+FEFF in UTF-8 is EF BB BF (RFC 3629, section 6).
        assertThat(CsvEncoding.UTF_8_BOM.preamble()).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(CsvEncoding.UTF_8.preamble()).isEmpty();
        assertThat(CsvEncoding.WINDOWS_1252.preamble()).isEmpty();
    }
}
