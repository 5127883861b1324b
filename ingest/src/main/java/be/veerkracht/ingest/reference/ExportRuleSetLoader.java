package be.veerkracht.ingest.reference;

import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the export-control {@link ExportRuleSet}: the four CSV files shipped under
 * {@code be/veerkracht/ingest/reference/export-control/} ({@code ugea.csv}, {@code annex_iv.csv},
 * {@code destinations.csv}, {@code catch_all.csv}), optionally with a user's overrides applied on top. Version and
 * effective date come from {@code version.properties} ({@code export_control_version},
 * {@code export_control_effective_date}). See {@code docs/export-control.md}.
 *
 * <p>Override rule (row level), as for the event catalogue: the files go into the sub-folder
 * {@code export-control} of the user's reference folder (names in any case). A row with a shipped key replaces that
 * row in the columns the file has; a row with a new key adds a rule; {@code active} = {@code no} removes one. An
 * override row that gives no {@code source} of its own is credited to the override file and row, and its
 * {@code confidence} becomes {@code unverified} unless the row gives one. A folder without the sub-folder changes
 * nothing.
 *
 * <p>Problems in the override files are all collected and thrown together as an
 * {@link InvalidReferenceDataException}, each naming file, row and column; then nothing is applied. A problem in the
 * shipped files is a build defect and throws {@link IllegalStateException}.
 */
public final class ExportRuleSetLoader {

    /** The version key in {@code version.properties}. */
    public static final String VERSION_KEY = "export_control_version";
    /** The effective-date key in {@code version.properties} (ISO date). */
    public static final String EFFECTIVE_DATE_KEY = "export_control_effective_date";

    private final Path overrideFolder;

    /** Loads the shipped rules only. */
    public ExportRuleSetLoader() {
        this.overrideFolder = null;
    }

    /** Loads the shipped rules with the files of {@code overrideFolder/export-control/} applied. */
    public ExportRuleSetLoader(Path overrideFolder) {
        this.overrideFolder = Objects.requireNonNull(overrideFolder, "overrideFolder");
    }

    /** The shipped rules, loaded once per JVM. */
    public static ExportRuleSet shipped() {
        return Shipped.RULES;
    }

    /** The shipped rules' version, e.g. {@code eu-dual-use 2026-11}. */
    public static String shippedVersion() {
        return ShippedReferenceData.version(VERSION_KEY);
    }

    /** Writes the shipped files into {@code folder/export-control/} as a starting point, refusing to replace one. */
    public static void copyShippedFiles(Path folder) throws IOException {
        Path target = folder.resolve(ExportRuleFile.FOLDER);
        Files.createDirectories(target);
        for (ExportRuleFile file : ExportRuleFile.values()) {
            Files.write(target.resolve(file.fileName()), ShippedReferenceData.bytes(file.shippedName()),
                    StandardOpenOption.CREATE_NEW);
        }
    }

    /**
     * The rules; the version reads {@code eu-dual-use 2026-11}, followed by
     * {@code + overrides from PATH (ugea.csv, ...)} when override files were applied.
     */
    public ExportRuleSet load() throws InvalidReferenceDataException {
        Map<ExportRuleFile, Map<String, ReferenceRow>> rows = shippedRows();
        List<Problem> problems = new ArrayList<>();
        List<String> applied = overrideFolder == null ? List.of() : applyOverrides(rows, problems);
        String version = applied.isEmpty() ? shippedVersion()
                : shippedVersion() + " + overrides from " + overrideFolder.resolve(ExportRuleFile.FOLDER) + " ("
                + String.join(", ", applied) + ")";
        Map<ExportRuleFile, Collection<ReferenceRow>> merged = new EnumMap<>(ExportRuleFile.class);
        rows.forEach((file, byKey) -> merged.put(file, byKey.values()));
        ExportRuleSet set = ExportRuleAssembly.assemble(merged, version, effectiveDate(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return set;
    }

    private static LocalDate effectiveDate() {
        String text = ShippedReferenceData.version(EFFECTIVE_DATE_KEY);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException broken) {
            throw new IllegalStateException("version.properties: " + EFFECTIVE_DATE_KEY + " is not a date: " + text,
                    broken);
        }
    }

    private static Map<ExportRuleFile, Map<String, ReferenceRow>> shippedRows() {
        Map<ExportRuleFile, Map<String, ReferenceRow>> rows = new EnumMap<>(ExportRuleFile.class);
        List<Problem> problems = new ArrayList<>();
        for (ExportRuleFile file : ExportRuleFile.values()) {
            ExportRuleRows.read(file, file.shippedName() + " (shipped)",
                    ShippedReferenceData.bytes(file.shippedName()), true, problems)
                    .ifPresent(read -> rows.put(file, new LinkedHashMap<>(read)));
        }
        if (!problems.isEmpty() || rows.size() != ExportRuleFile.values().length) {
            throw new IllegalStateException("the shipped export-control rules are broken:" + System.lineSeparator()
                    + (problems.isEmpty() ? "a file is unreadable"
                    : new InvalidReferenceDataException(problems).report(Locale.ENGLISH)));
        }
        return rows;
    }

    /** Merges the override files found into {@code rows}; the names of the files applied. */
    private List<String> applyOverrides(Map<ExportRuleFile, Map<String, ReferenceRow>> rows,
                                        List<Problem> problems) {
        if (!Files.isDirectory(overrideFolder)) {
            problems.add(Problem.of(RowOrigin.wholeFile(overrideFolder.toString(), null), null,
                    ProblemKey.FILE_NOT_FOUND, overrideFolder));
            return List.of();
        }
        Path folder = overrideFolder.resolve(ExportRuleFile.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> applied = new ArrayList<>();
        for (ExportRuleFile file : ExportRuleFile.values()) {
            Optional<byte[]> bytes = overrideBytes(folder, file, problems);
            if (bytes.isEmpty()) {
                continue;
            }
            applied.add(file.fileName());
            String where = folder.resolve(file.fileName()).toString();
            ExportRuleRows.read(file, where, bytes.get(), false, problems).ifPresent(overrides ->
                    overrides.forEach((key, row) -> rows.get(file).merge(key, credited(row),
                            ReferenceRow::overriddenBy)));
        }
        return applied;
    }

    private static Optional<byte[]> overrideBytes(Path folder, ExportRuleFile file, List<Problem> problems) {
        Optional<Path> path;
        try (Stream<Path> listing = Files.list(folder)) {
            path = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(file.fileName()))
                    .sorted().findFirst();
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(folder.toString(), null), null, ProblemKey.FILE_UNREADABLE,
                    unreadable.getMessage()));
            return Optional.empty();
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(path.get()));
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(path.get().toString(), null), null,
                    ProblemKey.FILE_UNREADABLE, unreadable.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The override row with a source of its own: its {@code source} cell, else the file and row it was written on,
     * and then {@code confidence} {@code unverified} unless the row gives one.
     */
    private static ReferenceRow credited(ReferenceRow row) {
        ReferenceRow.Value source = row.cell(ExportRuleFile.Columns.SOURCE);
        if (source != null && source.text() != null) {
            return row;
        }
        Map<String, ReferenceRow.Value> cells = new LinkedHashMap<>(row.cells());
        cells.put(ExportRuleFile.Columns.SOURCE, new ReferenceRow.Value("override: " + row.origin().file()
                + ", row " + row.origin().row(), row.origin(), DecimalMark.POINT));
        ReferenceRow.Value confidence = row.cell(ExportRuleFile.Columns.CONFIDENCE);
        if (confidence == null || confidence.text() == null) {
            cells.put(ExportRuleFile.Columns.CONFIDENCE, new ReferenceRow.Value("unverified", row.origin(),
                    DecimalMark.POINT));
        }
        return new ReferenceRow(row.key(), row.origin(), cells);
    }

    /** Holder: the shipped rules are read on first use. */
    private static final class Shipped {
        static final ExportRuleSet RULES = loadShipped();

        private static ExportRuleSet loadShipped() {
            try {
                return new ExportRuleSetLoader().load();
            } catch (InvalidReferenceDataException broken) {
                throw new IllegalStateException("the shipped export-control rules are broken:"
                        + System.lineSeparator() + broken.report(Locale.ENGLISH), broken);
            }
        }
    }
}
