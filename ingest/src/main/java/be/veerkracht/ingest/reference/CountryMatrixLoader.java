package be.veerkracht.ingest.reference;

import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.country.CountryMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a country matrix in the long format of the shipped {@code sourcing/countries-sample.csv} (one row per
 * country and criterion, each with its unit, source and date; see the README.md next to it): the article's sample,
 * or a user's file in the same format. Countries and criteria keep the order of their first row. Every problem is
 * collected (unknown country, type or unit that differs between rows of one criterion, a value missing or given
 * twice, not a number), each naming file, row and column; if there is any, nothing is returned.
 */
public final class CountryMatrixLoader {

    /** The shipped sample, under the reference folder. */
    public static final String SAMPLE = "sourcing/countries-sample.csv";

    static final List<String> COLUMNS = List.of("country", "criterion", "type", "unit", "value", "as_given",
            "supplied_by", "source", "date");
    private static final List<String> REQUIRED = List.of("country", "criterion", "type", "value", "source", "date");

    private CountryMatrixLoader() {
    }

    /** The article's sample matrix (Vietnam, Poland, Turkey, Morocco). */
    public static CountryMatrix sample() {
        try {
            return read(SAMPLE + " (shipped)", ShippedReferenceData.bytes(SAMPLE));
        } catch (InvalidReferenceDataException broken) {
            throw new IllegalStateException("the shipped country sample is broken:" + System.lineSeparator()
                    + broken.report(Locale.ENGLISH), broken);
        }
    }

    /** A user's country matrix in the same format. */
    public static CountryMatrix load(Path file) throws InvalidReferenceDataException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new InvalidReferenceDataException(List.of(Problem.of(RowOrigin.wholeFile(file.toString(), null),
                    null, Files.exists(file) ? ProblemKey.FILE_UNREADABLE : ProblemKey.FILE_NOT_FOUND, file)));
        }
        return read(file.toString(), bytes);
    }

    static CountryMatrix read(String where, byte[] bytes) throws InvalidReferenceDataException {
        List<Problem> problems = new ArrayList<>();
        Optional<Table> table = new CsvTableReader(Set.copyOf(COLUMNS)).read(where, bytes, problems);
        Map<String, Integer> columns = table.isEmpty() ? null
                : ReferenceHeader.columns(table.get(), COLUMNS, REQUIRED, problems);
        if (columns == null) {
            throw new InvalidReferenceDataException(problems.isEmpty()
                    ? List.of(Problem.of(RowOrigin.wholeFile(where, null), null, ProblemKey.CSV_MALFORMED, where))
                    : problems);
        }
        CountryMatrixRows rows = new CountryMatrixRows(where, columns, table.get().marks(), problems);
        table.get().rows().forEach(rows::add);
        CountryMatrix matrix = rows.matrix();
        if (matrix == null) {
            throw new InvalidReferenceDataException(problems);
        }
        return matrix;
    }
}
