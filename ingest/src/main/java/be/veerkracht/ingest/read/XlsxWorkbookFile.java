package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * An {@code .xlsx} workbook with sheets {@code parts}, {@code suppliers}, {@code sourcing} and optionally
 * {@code tooling}, {@code products}, {@code bom} and {@code customers}. The file is read once; the same bytes are hashed and opened, so the hash names what was read.
 */
final class XlsxWorkbookFile {

    private final Path file;

    XlsxWorkbookFile(Path file) {
        this.file = file;
    }

    ImportedPortfolio read() throws InvalidPortfolioException {
        String name = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        try {
            bytes = Files.readAllBytes(file);
            // Closing a package opened from a stream only frees it; nothing is written back.
            try (OPCPackage workbook = PackageHelper.open(new ByteArrayInputStream(bytes))) {
                XlsxTableReader reader = new XlsxTableReader(workbook, name);
                for (Sheet sheet : Sheet.values()) {
                    Optional<Table> table = reader.table(sheet.sheetName());
                    if (table.isPresent()) {
                        tables.put(sheet, table.get());
                    } else if (sheet.required()) {
                        problems.add(Problem.of(RowOrigin.wholeFile(name, null), null, ProblemKey.SHEET_MISSING,
                                sheet.sheetName()));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // POI signals a file that is not a workbook (a renamed CSV, a .xls, a truncated upload) by many
            // runtime exception types; for the user they all mean the same.
            throw new InvalidPortfolioException(List.of(Problem.of(RowOrigin.wholeFile(name, null), null,
                    ProblemKey.FILE_UNREADABLE, String.valueOf(unreadable.getMessage()))));
        }
        PortfolioAssembly assembly = new PortfolioAssembly();
        PortfolioReader.readTables(tables, assembly, problems);
        return PortfolioReader.finish(assembly, problems, name, "xlsx", new ContentHash().add(bytes).hex());
    }
}
