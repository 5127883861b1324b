package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template read back with POI: exact header rows, nothing else in the data sheets, a help sheet per language. */
class TemplateWriterTest {

    private static XSSFWorkbook template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWriter(locale).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Row row) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(format.formatCellValue(c)));
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr"})
    void everySheetHasExactlyItsHeaderRow(String language) throws IOException {
        try (XSSFWorkbook workbook = template(new Locale(language))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("help");
            for (Sheet sheet : Sheet.values()) {
                var xlsx = workbook.getSheet(sheet.sheetName());
                assertThat(texts(xlsx.getRow(0))).isEqualTo(sheet.columns().stream().map(Column::name).toList());
                assertThat(xlsx.getLastRowNum()).as("rows below the header").isZero();
            }
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + Sheet.values().length);
        }
    }

    @Test
    void requiredColumnsAreBoldAndNotMarkedInTheHeaderText() throws IOException {
        try (XSSFWorkbook workbook = template(Locale.ENGLISH)) {
            for (Sheet sheet : Sheet.values()) {
                Row header = workbook.getSheet(sheet.sheetName()).getRow(0);
                for (int i = 0; i < sheet.columns().size(); i++) {
                    var cell = header.getCell(i);
                    assertThat(cell.getStringCellValue()).doesNotContain("*");
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .isEqualTo(sheet.columns().get(i).required());
                }
            }
        }
    }

    @Test
    void helpListsEveryColumnWithRequiredMarkUnitMeaningAndExample() throws IOException {
        try (XSSFWorkbook workbook = template(Locale.ENGLISH)) {
            List<List<String>> rows = new ArrayList<>();
            workbook.getSheet("help").forEach(r -> rows.add(texts(r)));

            // Six columns per table row: sheet, column, required, unit, meaning, example (HelpSheet).
            assertThat(rows).contains(List.of("sourcing", "lead_time_days", "* required", "calendar days",
                    "Calendar days from order to receipt at our dock, transit included.", "56"));
            assertThat(rows).contains(List.of("tooling", "owner", "optional", "us|supplier",
                    "Who owns the tool: us (we can move it to another supplier) or supplier.", "us"));
            List<List<String>> sheetAndColumn = rows.stream().filter(r -> r.size() >= 2).map(r -> r.subList(0, 2))
                    .toList();
            for (Sheet sheet : Sheet.values()) {
                for (Column column : sheet.columns()) {
                    assertThat(sheetAndColumn).contains(List.of(sheet.sheetName(), column.name()));
                }
            }
        }
    }

    @Test
    void helpIsInDutchForDutchAndFrenchForFrench() throws IOException {
        try (XSSFWorkbook dutch = template(new Locale("nl", "BE"));
             XSSFWorkbook french = template(Locale.FRENCH)) {
            assertThat(texts(dutch.getSheet("help").getRow(3))).containsExactly("Blad", "Kolom", "Verplicht",
                    "Eenheid", "Betekenis", "Voorbeeld");
            assertThat(texts(french.getSheet("help").getRow(3))).containsExactly("Feuille", "Colonne",
                    "Obligatoire", "Unité", "Signification", "Exemple");
        }
    }

    @Test
    void writesToAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("template.xlsx");
        new TemplateWriter(Locale.FRENCH).write(file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("parts")).isNotNull();
        }
    }
}
