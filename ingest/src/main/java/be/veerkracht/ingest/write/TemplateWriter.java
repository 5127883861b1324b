package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the empty import template users download: a {@code help} sheet first (what every column means, in
 * English, Dutch or French), then {@code parts}, {@code suppliers}, {@code sourcing} and the optional {@code tooling},
 * {@code products}, {@code bom} and {@code customers}, each with
 * only its header row. Required columns are bold; the header text is exactly the column name, so a filled-in
 * template imports as is. Every sheet and column comes from {@link Sheet}, so the template cannot drift from the
 * reader.
 */
public final class TemplateWriter {

    private final Locale locale;

    /** @param locale the language of the help sheet: Dutch, French, or English for any other */
    public TemplateWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out);
        }
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxHeaderRow header = new XlsxHeaderRow(workbook);
            new HelpSheet(new ColumnHelp(locale)).write(workbook, header.bold());
            for (Sheet sheet : Sheet.values()) {
                var columns = sheet.columns();
                header.write(workbook.createSheet(sheet.sheetName()), columns.stream().map(Column::name).toList(),
                        i -> columns.get(i).required());
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
