package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A folder holding {@code parts.csv}, {@code suppliers.csv}, {@code sourcing.csv} and optionally {@code tooling.csv},
 * {@code products.csv}, {@code bom.csv} and {@code customers.csv}.
 */
final class CsvFolder {

    private final Path folder;

    CsvFolder(Path folder) {
        this.folder = folder;
    }

    ImportedPortfolio read() throws InvalidPortfolioException {
        String source = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> files;
        try {
            files = PortfolioReader.filesByLowerCaseName(folder);
        } catch (IOException unreadable) {
            throw new InvalidPortfolioException(List.of(Problem.of(RowOrigin.wholeFile(source, null), null,
                    ProblemKey.FILE_UNREADABLE, unreadable.getMessage())));
        }
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        ContentHash hash = new ContentHash();
        String format = "csv";
        for (Sheet sheet : Sheet.values()) {
            Path file = files.get(sheet.csvFileName());
            if (file == null) {
                if (sheet.required()) {
                    problems.add(Problem.of(RowOrigin.wholeFile(source, null), null, ProblemKey.SHEET_MISSING,
                            sheet.sheetName()));
                }
                continue;
            }
            byte[] bytes = bytes(file, problems);
            if (bytes == null) {
                continue;
            }
            hash.add(sheet.csvFileName(), bytes);
            new CsvTableReader(PortfolioReader.columnNames(sheet))
                    .read(file.getFileName().toString(), bytes, problems)
                    .ifPresent(table -> tables.put(sheet, table));
        }
        if (tables.containsKey(Sheet.PARTS)) {
            format = tables.get(Sheet.PARTS).marks() == DecimalMark.COMMA ? "csv (;)" : "csv (,)";
        }
        PortfolioAssembly assembly = new PortfolioAssembly();
        PortfolioReader.readTables(tables, assembly, problems);
        return PortfolioReader.finish(assembly, problems, source, format, hash.hex());
    }

    private static byte[] bytes(Path file, List<Problem> problems) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(file.getFileName().toString(), null), null,
                    ProblemKey.FILE_UNREADABLE, unreadable.getMessage()));
            return null;
        }
    }
}
