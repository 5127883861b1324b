package be.veerkracht.ingest.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/quality-data.md} true: every column of the quality sheets is documented with its required mark. */
class QualityDataDocTest {

    @Test
    void every_quality_column_is_documented_under_its_sheet() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "quality-data.md"));
        for (QualitySheet sheet : QualitySheet.values()) {
            int section = doc.indexOf("### `" + sheet.sheetName() + "`");
            assertThat(section).as("section for " + sheet.sheetName()).isPositive();
            int next = doc.indexOf("\n#", section + 1);
            String table = doc.substring(section, next < 0 ? doc.length() : next);
            for (Column column : sheet.columns()) {
                String cell = "| `" + column.name() + "`" + (column.required() ? "*" : "") + " |";
                assertThat(table).as(sheet.sheetName() + "." + column.name()).contains(cell);
            }
        }
    }
}
