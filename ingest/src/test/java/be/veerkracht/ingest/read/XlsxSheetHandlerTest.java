package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The column of a cell reference, read on the fast path for plain references and by POI for the rest. */
class XlsxSheetHandlerTest {

    @ParameterizedTest
    @CsvSource({
        // Excel's column letters: A is the first column, Z the 26th, AA the 27th, XFD the 16,384th and last
        "A1, 0", "Z9, 25", "AA10, 26", "xfd1048576, 16383",
        // not plain: left to POI's CellReference
        "$B$2, 1", "C$3, 2"})
    void the_column_of_a_reference(String reference, int column) {
        assertThat(XlsxSheetHandler.columnOf(reference)).isEqualTo(column);
    }
}
