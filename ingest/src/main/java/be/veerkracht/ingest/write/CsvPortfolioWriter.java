package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a portfolio as a folder of CSV files ({@code parts.csv}, {@code suppliers.csv}, {@code sourcing.csv},
 * and {@code tooling.csv}, {@code products.csv}, {@code bom.csv}, {@code customers.csv} when they have rows) in a chosen {@link CsvLayout}. Quoting follows RFC 4180 (Apache Commons
 * CSV, quotes only where needed), lines end in CRLF as Excel writes them, an empty cell means "not given".
 *
 * <p>The folder then holds exactly this portfolio: an older portfolio file in it, under any capitalisation the
 * reader would also find ({@code Tooling.CSV}), is removed first, so a stale {@code tooling.csv} cannot come back
 * when the new portfolio has no tools. Other files are left alone.
 */
public final class CsvPortfolioWriter {

    private static final String RECORD_SEPARATOR = "\r\n";
    private static final Set<String> PORTFOLIO_FILES =
            Arrays.stream(Sheet.values()).map(Sheet::csvFileName).collect(Collectors.toUnmodifiableSet());

    private final CsvLayout layout;
    private final CSVFormat format;

    public CsvPortfolioWriter(CsvLayout layout) {
        this.layout = layout;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(layout.dialect().separator())
                .setRecordSeparator(RECORD_SEPARATOR)
                .get();
    }

    public CsvLayout layout() {
        return layout;
    }

    /** Writes the files into {@code folder} (created if missing); returns them in sheet order. */
    public List<Path> write(Portfolio portfolio, Path folder) throws IOException {
        Files.createDirectories(folder);
        removePortfolioFiles(folder);
        List<Path> files = new ArrayList<>();
        for (SheetTable table : new PortfolioTables(portfolio).tables()) {
            Path file = folder.resolve(table.sheet().csvFileName());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(table, out);
            }
            files.add(file);
        }
        return files;
    }

    private static void removePortfolioFiles(Path folder) throws IOException {
        List<Path> old;
        try (Stream<Path> files = Files.list(folder)) {
            old = files.filter(Files::isRegularFile)
                    .filter(f -> PORTFOLIO_FILES.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .toList();
        }
        for (Path file : old) {
            Files.delete(file);
        }
    }

    /** One table as one CSV file; {@code out} is flushed, not closed. */
    void write(SheetTable table, OutputStream out) throws IOException {
        out.write(layout.encoding().preamble());
        CharsetEncoder encoder = strictEncoder();
        CharsetEncoder checker = strictEncoder();
        Writer writer = new OutputStreamWriter(out, encoder);
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(checked(table, 1, table.header(), checker));
        int rowNumber = 2;
        for (List<CellValue> row : table.rows()) {
            List<String> texts = row.stream().map(this::text).toList();
            printer.printRecord(checked(table, rowNumber++, texts, checker));
        }
        printer.flush();
    }

    private CharsetEncoder strictEncoder() {
        return layout.encoding().charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The row itself, once every text is known to fit the encoding. */
    private static List<String> checked(SheetTable table, int rowNumber, List<String> texts, CharsetEncoder checker)
            throws UnencodableTextException {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!text.isEmpty() && !checker.canEncode(text)) {
                throw new UnencodableTextException(table.sheet().csvFileName(), rowNumber, table.header().get(i),
                        text, checker.charset());
            }
        }
        return texts;
    }

    /** The cell as the dialect writes it; numbers never through the JVM's locale. */
    String text(CellValue cell) {
        if (cell instanceof CellValue.Text t) {
            return t.value();
        }
        if (cell instanceof CellValue.Decimal d) {
            return number(d.value());
        }
        if (cell instanceof CellValue.Measure m) {
            return number(CellValue.plain(m.value()));
        }
        if (cell instanceof CellValue.Whole w) {
            return number(BigDecimal.valueOf(w.value()));
        }
        if (cell instanceof CellValue.Flag f) {
            return Boolean.toString(f.value());
        }
        return "";
    }

    private String number(BigDecimal value) {
        return layout.dialect().format(value, layout.groupThousands());
    }
}
