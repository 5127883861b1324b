package be.veerkracht.ingest.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatrixCsvReaderTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_a_decision_matrix_in_row_order() throws Exception {
        NamedMatrix m = MatrixCsvReader.decisionMatrix("m.csv", csv("""
                alternative,days,wage,stability
                VN,30,25,7
                PL,1,40,8.5
                """));
        assertThat(m.rows()).containsExactly("VN", "PL");
        assertThat(m.columns()).containsExactly("days", "wage", "stability");
        assertThat(m.values().get(1)).containsExactly(1.0, 40.0, 8.5);
    }

    @Test
    void reads_the_belgian_dialect_with_decimal_commas() throws Exception {
        NamedMatrix m = MatrixCsvReader.decisionMatrix("m.csv", csv("""
                ;dagen;stabiliteit
                VN;30;7,5
                PL;1;8
                """));
        assertThat(m.values().get(0)).containsExactly(30.0, 7.5);
    }

    @Test
    void every_problem_is_named_by_file_row_and_column_and_nothing_is_returned() {
        InvalidMatrixFileException e = catchThrowableOfType(InvalidMatrixFileException.class,
                () -> MatrixCsvReader.decisionMatrix("m.csv", csv("""
                        alternative,days,wage
                        VN,30,
                        PL,one,40
                        VN,1,2
                        """)));
        String report = e.report(Locale.ENGLISH);
        assertThat(report).contains("m.csv: row 2, wage: required, but empty",
                "m.csv: row 3, days: not a number: 'one'", "m.csv: row 4, alternative: 'VN' appears more than once");
        assertThat(e.problems()).hasSize(3);
    }

    @Test
    void a_decimal_comma_in_a_comma_separated_file_is_explained() {
        InvalidMatrixFileException e = catchThrowableOfType(InvalidMatrixFileException.class,
                () -> MatrixCsvReader.decisionMatrix("m.csv", csv("a,x\nA,\"7,5\"\n")));
        assertThat(e.report(Locale.ENGLISH)).contains("row 2, x:", "write 7.5");
    }

    @Test
    void reads_a_pairwise_matrix_with_fractions_and_rows_in_any_order() throws Exception {
        NamedMatrix m = MatrixCsvReader.pairwiseMatrix("p.csv", csv("""
                criterion,cost,quality,risk
                quality,1/3,1,3
                cost,1,3,5
                risk,1/5,1/3,1
                """));
        assertThat(m.rows()).containsExactly("cost", "quality", "risk");
        assertThat(m.values().get(0)).containsExactly(1.0, 3.0, 5.0);
        assertThat(m.values().get(1).get(0)).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void a_pairwise_matrix_that_is_not_square_or_not_positive_is_refused() {
        InvalidMatrixFileException e = catchThrowableOfType(InvalidMatrixFileException.class,
                () -> MatrixCsvReader.pairwiseMatrix("p.csv", csv("""
                        ,cost,quality
                        cost,1,3
                        price,1/3,1
                        """)));
        assertThat(e.report(Locale.ENGLISH)).contains("required column 'quality' is missing",
                "p.csv: row 3: must be one of cost|quality, got 'price'");
        InvalidMatrixFileException negative = catchThrowableOfType(InvalidMatrixFileException.class,
                () -> MatrixCsvReader.pairwiseMatrix("p.csv", csv(",a,b\na,1,-3\nb,0,1\n")));
        assertThat(negative.report(Locale.ENGLISH)).contains("row 2, b: must be > 0, got -3",
                "row 3, a: must be > 0, got 0");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> MatrixCsvReader.decisionMatrix(Path.of("no-such-matrix.csv")))
                .isInstanceOf(InvalidMatrixFileException.class).hasMessageContaining("no-such-matrix.csv");
    }

    @Test
    void names_a_header_column_given_twice() {
        InvalidMatrixFileException e = catchThrowableOfType(InvalidMatrixFileException.class,
                () -> MatrixCsvReader.decisionMatrix("m.csv", csv("a,x,x\nA,1,2\n")));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.report(Locale.ENGLISH)).contains("row 1, x: the column appears twice");
        assertThat(List.of(e.problems().get(0).origin().row())).containsExactly(1);
    }
}
