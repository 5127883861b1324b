package be.veerkracht.ingest.reference;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.landed.EmissionBasis;
import be.veerkracht.sourcing.landed.EmissionFactor;
import be.veerkracht.sourcing.landed.FreightRate;
import be.veerkracht.sourcing.landed.RouteDistance;
import be.veerkracht.sourcing.landed.TransportReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the {@link TransportReference} of the landed cost: {@code distances.csv}, {@code freight-rates.csv} and
 * {@code emission-factors.csv} shipped under {@code be/veerkracht/ingest/reference/transport/} (sources and licences
 * in its {@code README.md}), optionally with a user's overrides from the sub-folder {@code transport} of
 * {@code --reference DIR}. Version: {@code transport_version} in {@code version.properties}.
 *
 * <p>Override rule (row level), as for the other reference files: a row with a shipped key (country and mode; mode)
 * replaces that row in the columns the file has; a new key adds a row. An override row without a {@code source} of
 * its own is credited to its file and row, and an emission factor without {@code verified} becomes unverified.
 * Problems are all collected and thrown together as an {@link InvalidReferenceDataException}, each naming file, row
 * and column; a problem in the shipped files is a build defect ({@link IllegalStateException}).
 */
public final class TransportReferenceLoader {

    /** The version key in {@code version.properties}. */
    public static final String VERSION_KEY = "transport_version";
    private static final List<TransportFile> TABLES = List.of(TransportFile.DISTANCES, TransportFile.FREIGHT_RATES,
            TransportFile.EMISSION_FACTORS);

    private final Path overrideFolder;

    public TransportReferenceLoader() {
        this.overrideFolder = null;
    }

    public TransportReferenceLoader(Path overrideFolder) {
        this.overrideFolder = Objects.requireNonNull(overrideFolder, "overrideFolder");
    }

    /** The shipped tables, loaded once per JVM. */
    public static TransportReference shipped() {
        return Shipped.REFERENCE;
    }

    public static String shippedVersion() {
        return ShippedReferenceData.version(VERSION_KEY);
    }

    public TransportReference load() throws InvalidReferenceDataException {
        Map<TransportFile, Map<String, ReferenceRow>> rows = shippedRows();
        List<Problem> problems = new ArrayList<>();
        List<String> applied = overrideFolder == null ? List.of() : applyOverrides(rows, problems);
        String version = applied.isEmpty() ? shippedVersion() : shippedVersion() + " + overrides from "
                + overrideFolder.resolve(TransportFile.FOLDER) + " (" + String.join(", ", applied) + ")";
        List<RouteDistance> distances = new ArrayList<>();
        rows.get(TransportFile.DISTANCES).values().forEach(r -> distance(r, problems).ifPresent(distances::add));
        List<FreightRate> rates = new ArrayList<>();
        rows.get(TransportFile.FREIGHT_RATES).values().forEach(r -> rate(r, problems).ifPresent(rates::add));
        List<EmissionFactor> factors = new ArrayList<>();
        rows.get(TransportFile.EMISSION_FACTORS).values().forEach(r -> factor(r, problems).ifPresent(factors::add));
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return new TransportReference(version, distances, rates, factors);
    }

    private static Optional<RouteDistance> distance(ReferenceRow row, List<Problem> problems) {
        ReferenceFields f = new ReferenceFields(row, problems);
        String[] key = row.key().split("\\|");
        String origin = f.requiredText("origin");
        Double km = f.positive("km");
        if (km == null && f.clean()) {
            f.problem("km", ProblemKey.REQUIRED);
        }
        Boolean main = yesNo(f, "main");
        String source = f.requiredText(TransportFile.Columns.SOURCE);
        if (!f.clean()) {
            return Optional.empty();
        }
        return Optional.of(new RouteDistance(CountryCode.parse(key[0]), TransportMode.valueOf(key[1]), origin, km,
                Boolean.TRUE.equals(main), source));
    }

    private static Optional<FreightRate> rate(ReferenceRow row, List<Problem> problems) {
        ReferenceFields f = new ReferenceFields(row, problems);
        BigDecimal perTkm = nonNegative(f, "eur_per_tkm");
        BigDecimal minimum = nonNegative(f, "min_eur_per_kg");
        String source = f.requiredText(TransportFile.Columns.SOURCE);
        if (!f.clean()) {
            return Optional.empty();
        }
        return Optional.of(new FreightRate(TransportMode.valueOf(row.key()), perTkm, minimum, source));
    }

    private static Optional<EmissionFactor> factor(ReferenceRow row, List<Problem> problems) {
        ReferenceFields f = new ReferenceFields(row, problems);
        BigDecimal grams = nonNegative(f, "g_co2e_per_tkm");
        EmissionBasis basis = f.oneOf("basis", EmissionBasis.class, true);
        String source = f.requiredText(TransportFile.Columns.SOURCE);
        String version = f.requiredText("version");
        LocalDate date = date(f, "date");
        Boolean verified = yesNo(f, TransportFile.Columns.VERIFIED);
        if (verified == null && f.clean()) {
            f.problem(TransportFile.Columns.VERIFIED, ProblemKey.REQUIRED);
        }
        if (!f.clean()) {
            return Optional.empty();
        }
        return Optional.of(new EmissionFactor(TransportMode.valueOf(row.key()), grams.doubleValue(), basis, source,
                version, date, verified));
    }

    /** A required number &ge; 0, or null with a problem. */
    static BigDecimal nonNegative(ReferenceFields f, String column) {
        if (f.text(column) == null) {
            f.problem(column, ProblemKey.REQUIRED);
            return null;
        }
        BigDecimal value = f.number(column);
        if (value != null && value.signum() < 0) {
            f.problem(column, ProblemKey.MUST_BE_NON_NEGATIVE, f.text(column));
            return null;
        }
        return value;
    }

    private static Boolean yesNo(ReferenceFields f, String column) {
        String text = f.text(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "ja", "oui", "1" -> true;
            case "no", "false", "n", "nee", "non", "0" -> false;
            default -> {
                f.problem(column, ProblemKey.NOT_A_BOOLEAN, text);
                yield null;
            }
        };
    }

    private static LocalDate date(ReferenceFields f, String column) {
        String text = f.requiredText(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            f.problem(column, ProblemKey.NOT_ONE_OF, text, "a date YYYY-MM-DD");
            return null;
        }
    }

    private static Map<TransportFile, Map<String, ReferenceRow>> shippedRows() {
        Map<TransportFile, Map<String, ReferenceRow>> rows = new EnumMap<>(TransportFile.class);
        List<Problem> problems = new ArrayList<>();
        for (TransportFile file : TABLES) {
            TransportRows.read(file, file.shippedName() + " (shipped)",
                    ShippedReferenceData.bytes(file.shippedName()), true, problems)
                    .ifPresent(read -> rows.put(file, new LinkedHashMap<>(read)));
        }
        if (!problems.isEmpty() || rows.size() != TABLES.size()) {
            throw new IllegalStateException("the shipped transport tables are broken:" + System.lineSeparator()
                    + (problems.isEmpty() ? "a file is unreadable"
                    : new InvalidReferenceDataException(problems).report(Locale.ENGLISH)));
        }
        return rows;
    }

    private List<String> applyOverrides(Map<TransportFile, Map<String, ReferenceRow>> rows, List<Problem> problems) {
        if (!Files.isDirectory(overrideFolder)) {
            problems.add(Problem.of(RowOrigin.wholeFile(overrideFolder.toString(), null), null,
                    ProblemKey.FILE_NOT_FOUND, overrideFolder));
            return List.of();
        }
        Path folder = overrideFolder.resolve(TransportFile.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> applied = new ArrayList<>();
        for (TransportFile file : TABLES) {
            Optional<Path> path = find(folder, file, problems);
            if (path.isEmpty()) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path.get());
            } catch (IOException unreadable) {
                problems.add(Problem.of(RowOrigin.wholeFile(path.get().toString(), null), null,
                        ProblemKey.FILE_UNREADABLE, unreadable.getMessage()));
                continue;
            }
            applied.add(file.fileName());
            TransportRows.read(file, path.get().toString(), bytes, false, problems).ifPresent(overrides ->
                    overrides.forEach((key, row) -> rows.get(file).merge(key, credited(file, row),
                            ReferenceRow::overriddenBy)));
        }
        return applied;
    }

    private static Optional<Path> find(Path folder, TransportFile file, List<Problem> problems) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(file.fileName()))
                    .sorted().findFirst();
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(folder.toString(), null), null, ProblemKey.FILE_UNREADABLE,
                    unreadable.getMessage()));
            return Optional.empty();
        }
    }

    /** An override row with a source of its own: its {@code source}, else its file and row (factors: unverified). */
    private static ReferenceRow credited(TransportFile file, ReferenceRow row) {
        ReferenceRow.Value source = row.cell(TransportFile.Columns.SOURCE);
        if (source != null && source.text() != null) {
            return row;
        }
        Map<String, ReferenceRow.Value> cells = new LinkedHashMap<>(row.cells());
        cells.put(TransportFile.Columns.SOURCE, new ReferenceRow.Value("override: " + row.origin().file() + ", row "
                + row.origin().row(), row.origin(), DecimalMark.POINT));
        ReferenceRow.Value verified = row.cell(TransportFile.Columns.VERIFIED);
        if (file == TransportFile.EMISSION_FACTORS && (verified == null || verified.text() == null)) {
            cells.put(TransportFile.Columns.VERIFIED, new ReferenceRow.Value("no", row.origin(), DecimalMark.POINT));
        }
        return new ReferenceRow(row.key(), row.origin(), cells);
    }

    private static final class Shipped {
        static final TransportReference REFERENCE = loadShipped();

        private static TransportReference loadShipped() {
            try {
                return new TransportReferenceLoader().load();
            } catch (InvalidReferenceDataException broken) {
                throw new IllegalStateException("the shipped transport tables are broken:" + System.lineSeparator()
                        + broken.report(Locale.ENGLISH), broken);
            }
        }
    }
}
