package be.veerkracht.ingest.reference;

import be.veerkracht.compliance.EntryPattern;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one export-control rule file into rows keyed by its key columns ({@code id}; {@code entry};
 * {@code country} and {@code kind}), with the same CSV reading ({@link CsvTableReader}: {@code ,} or {@code ;},
 * UTF-8 or Windows-1252) and rows ({@link ReferenceRow}) as the rest of the reference data. The shipped file must
 * have every column; an override file needs only the key columns and may not have unknown ones.
 */
final class ExportRuleRows {

    /** Rule ids such as {@code EU001} or {@code ART4-1A}. */
    static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_\\-.]{0,63}");

    private ExportRuleRows() {
    }

    /** The kinds of row in {@code destinations.csv}. */
    enum DestinationKind {
        EU_MEMBER, BENELUX, DUAL_USE_BAN, ARMS_EMBARGO, PARTIAL_ARMS_EMBARGO
    }

    /** The rows by key in file order, or empty when the file as a whole is unusable; problems are added. */
    static Optional<Map<String, ReferenceRow>> read(ExportRuleFile file, String where, byte[] bytes, boolean complete,
                                                    List<Problem> problems) {
        return KeyedReferenceRows.read(where, bytes, file.columns(), complete ? file.columns() : file.keyColumns(),
                file.keyColumns(), ExportRuleRows::keyPart, problems);
    }

    private static String keyPart(String column, String text, RowOrigin origin, List<Problem> problems) {
        switch (column) {
            case ExportRuleFile.Columns.ENTRY -> {
                try {
                    return EntryPattern.parse(text).prefix();
                } catch (IllegalArgumentException invalid) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_A_DUAL_USE_CODE, text));
                    return null;
                }
            }
            case ExportRuleFile.Columns.COUNTRY -> {
                return KeyedReferenceRows.country(column, text, origin, problems);
            }
            case ExportRuleFile.Columns.KIND -> {
                String kind = ReferenceTableReader.code(text);
                if (Arrays.stream(DestinationKind.values()).noneMatch(k -> k.name().equals(kind))) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_ONE_OF, text, kinds()));
                    return null;
                }
                return kind;
            }
            default -> {
                String id = text.toUpperCase(Locale.ROOT);
                if (!ID.matcher(id).matches()) {
                    problems.add(Problem.of(origin, column, ProblemKey.INVALID_ID, text));
                    return null;
                }
                return id;
            }
        }
    }

    static String kinds() {
        return Arrays.stream(DestinationKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

}
