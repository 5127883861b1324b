package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.HeaderName;
import be.veerkracht.ingest.schema.QualitySheet;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Reads quality agreements and measurements (docs/quality-data.md) from an {@code .xlsx} workbook with the sheets
 * {@code quality_characteristics} and/or {@code measurements}, or from one CSV file holding either, told apart by
 * its header. Every problem is reported at once with file, sheet, row and column, as for portfolios; a file with
 * any problem gives nothing.
 */
public final class QualityFileReader {

    /** Where local timestamps are taken when none is given: the zone of a Belgian plant. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

    private final ZoneId zone;

    /** @param zone the zone of timestamps written without offset */
    public QualityFileReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public QualityFileReader() {
        this(DEFAULT_ZONE);
    }

    /** The quality data in {@code path}, or every problem found in it. */
    public ImportedQuality read(Path path) throws InvalidPortfolioException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        RowOrigin whole = RowOrigin.wholeFile(name, null);
        if (!Files.isRegularFile(path)) {
            throw invalid(Problem.of(whole, null, ProblemKey.FILE_NOT_FOUND, path));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException unreadable) {
            throw invalid(Problem.of(whole, null, ProblemKey.FILE_UNREADABLE, String.valueOf(unreadable.getMessage())));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        Map<QualitySheet, Table> tables = new EnumMap<>(QualitySheet.class);
        String format;
        if (lower.endsWith(".xlsx")) {
            workbookTables(name, bytes, tables, problems);
            format = "xlsx";
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            Optional<Table> table = new CsvTableReader(allColumns()).read(name, bytes, problems);
            table.ifPresent(t -> kind(t).ifPresentOrElse(k -> tables.put(k, t),
                    () -> problems.add(Problem.of(whole, null, ProblemKey.QUALITY_FILE_KIND_UNKNOWN))));
            format = table.map(t -> t.marks() == DecimalMark.COMMA ? "csv (;)" : "csv (,)").orElse("csv");
        } else {
            throw invalid(Problem.of(whole, null, ProblemKey.UNSUPPORTED_FILE, path));
        }
        CharacteristicRows characteristics = new CharacteristicRows();
        MeasurementRows measurements = new MeasurementRows(zone);
        Table agreementTable = tables.get(QualitySheet.QUALITY_CHARACTERISTICS);
        if (agreementTable != null) {
            readRows(QualitySheet.QUALITY_CHARACTERISTICS, agreementTable, problems, characteristics::read);
        }
        Table measurementTable = tables.get(QualitySheet.MEASUREMENTS);
        if (measurementTable != null) {
            readRows(QualitySheet.MEASUREMENTS, measurementTable, problems, measurements::read);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        return new ImportedQuality(name, format, new ContentHash().add(bytes).hex(), characteristics.agreements(),
                measurements.measurements());
    }

    private static void workbookTables(String name, byte[] bytes, Map<QualitySheet, Table> tables,
                                       List<Problem> problems) throws InvalidPortfolioException {
        try (OPCPackage workbook = PackageHelper.open(new ByteArrayInputStream(bytes))) {
            XlsxTableReader reader = new XlsxTableReader(workbook, name);
            for (QualitySheet sheet : QualitySheet.values()) {
                reader.table(sheet.sheetName()).ifPresent(table -> tables.put(sheet, table));
            }
        } catch (IOException | RuntimeException unreadable) {
            // as for portfolios: POI reports a file that is not a workbook by many exception types
            throw invalid(Problem.of(RowOrigin.wholeFile(name, null), null, ProblemKey.FILE_UNREADABLE,
                    String.valueOf(unreadable.getMessage())));
        }
        if (tables.isEmpty()) {
            problems.add(Problem.of(RowOrigin.wholeFile(name, null), null, ProblemKey.QUALITY_SHEETS_MISSING));
        }
    }

    /** Measurements have {@code value}; characteristics have {@code method} and a limit. */
    private static Optional<QualitySheet> kind(Table table) {
        Set<String> header = table.header().stream().map(HeaderName::normalise).collect(Collectors.toSet());
        if (header.contains("value")) {
            return Optional.of(QualitySheet.MEASUREMENTS);
        }
        if (header.contains("method") && (header.contains("lsl") || header.contains("usl"))) {
            return Optional.of(QualitySheet.QUALITY_CHARACTERISTICS);
        }
        return Optional.empty();
    }

    /**
     * Reads each data row in turn (a row's fields are made just before it is read, so they see only its own
     * problems); no row when the header lacks a required column (reported once, on the header).
     */
    private static void readRows(QualitySheet sheet, Table table, List<Problem> problems,
                                 Consumer<RowFields> reader) {
        Map<String, Integer> known = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        RowOrigin headerRow = new RowOrigin(table.file(), table.sheet(), 1);
        for (int i = 0; i < table.header().size(); i++) {
            String column = HeaderName.normalise(table.header().get(i));
            if (column.isEmpty()) {
                continue;
            }
            if (!seen.add(column)) {
                problems.add(Problem.of(headerRow, column, ProblemKey.COLUMN_DUPLICATE));
            } else if (sheet.column(column).isPresent()) {
                known.put(column, i);
            }
        }
        List<String> missing = sheet.columns().stream().filter(Column::required).map(Column::name)
                .filter(c -> !known.containsKey(c)).toList();
        missing.forEach(c -> problems.add(Problem.of(headerRow, c, ProblemKey.COLUMN_MISSING, c)));
        if (!missing.isEmpty()) {
            return;
        }
        for (Table.Row row : table.rows()) {
            reader.accept(new RowFields(table, row, known, problems));
        }
    }

    private static Set<String> allColumns() {
        return Stream.of(QualitySheet.values()).flatMap(s -> s.columns().stream()).map(Column::name)
                .collect(Collectors.toSet());
    }

    private static InvalidPortfolioException invalid(Problem problem) {
        return new InvalidPortfolioException(List.of(problem));
    }
}
