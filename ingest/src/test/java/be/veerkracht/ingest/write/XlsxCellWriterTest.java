package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class XlsxCellWriterTest {

    @Test
    void decimalsOfUpToFifteenDigitsFitANumericCell() {
        assertThat(XlsxCellWriter.fitsNumericCell(new BigDecimal("12.3456"))).isTrue();
        assertThat(XlsxCellWriter.fitsNumericCell(new BigDecimal("12.34560000"))).isTrue(); // trailing zeros
        assertThat(XlsxCellWriter.fitsNumericCell(new BigDecimal("12345678901.2345"))).isTrue(); // 15 digits
        assertThat(XlsxCellWriter.fitsNumericCell(new BigDecimal("123456789012.3456"))).isFalse(); // 16
        assertThat(XlsxCellWriter.fitsNumericCell(new BigDecimal("1E+15"))).isFalse(); // 16 integer digits
        assertThat(XlsxCellWriter.fitsNumericCell(BigDecimal.ZERO)).isTrue();
    }

    /**
     * The reason for the rule: what fits comes back equal through a double and {@link Double#toString}, which is
     * how the reader turns a numeric cell into a decimal.
     */
    @Property(tries = 2000)
    void whatFitsReadsBackExactly(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long unscaled,
                                  @ForAll @IntRange(min = -5, max = 12) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        Assume.that(XlsxCellWriter.fitsNumericCell(value));

        BigDecimal back = new BigDecimal(Double.toString(value.doubleValue()));

        assertThat(back).isEqualByComparingTo(value);
    }
}
