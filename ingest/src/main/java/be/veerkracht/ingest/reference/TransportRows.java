package be.veerkracht.ingest.reference;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.landed.DutyRate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one transport or duty-rate file into rows keyed by its key columns (joined with {@code |}), with the CSV
 * reading of the rest of the reference data ({@code ,} or {@code ;}, UTF-8 or Windows-1252). A complete file has
 * every required column; an override needs only the key columns and may not have unknown ones.
 */
final class TransportRows {

    private TransportRows() {
    }

    static Optional<Map<String, ReferenceRow>> read(TransportFile file, String where, byte[] bytes, boolean complete,
                                                    List<Problem> problems) {
        return KeyedReferenceRows.read(where, bytes, file.columns(), complete ? file.required() : file.keyColumns(),
                file.keyColumns(), TransportRows::keyPart, problems);
    }

    private static String keyPart(String column, String text, RowOrigin origin, List<Problem> problems) {
        switch (column) {
            case TransportFile.Columns.COUNTRY -> {
                return KeyedReferenceRows.country(column, text, origin, problems);
            }
            case TransportFile.Columns.MODE -> {
                String mode = ReferenceTableReader.code(text);
                if (Arrays.stream(TransportMode.values()).noneMatch(m -> m.name().equals(mode))) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_ONE_OF, text, modes()));
                    return null;
                }
                return mode;
            }
            case TransportFile.Columns.HS_PREFIX -> {
                String digits = text.replaceAll("[.\\s]", "");
                if (!DutyRate.HS_PREFIX.matcher(digits).matches()) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_AN_HS_CODE, text));
                    return null;
                }
                return digits;
            }
            default -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!code.equals(DutyRate.MFN) && !code.equals(DutyRate.PREFERENTIAL)
                        && !IsoCountries.isKnown(code)) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_ONE_OF, text,
                            "MFN|PREFERENTIAL|an ISO 3166-1 alpha-2 code"));
                    return null;
                }
                return code;
            }
        }
    }

    static String modes() {
        return Arrays.stream(TransportMode.values()).map(TransportMode::code).collect(Collectors.joining("|"));
    }

}
