package be.veerkracht.ingest.reference;

import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.Zone;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the {@link ReferenceGeography} an assessment uses: the set shipped on the classpath
 * ({@code zones.csv}, {@code countries.csv}, {@code footprints.csv}), optionally with a user's override folder
 * applied on top.
 *
 * <p>Override rule (row level): an override folder holds any of the three files, matched by name in any case. Each
 * row replaces the shipped row with the same key ({@code code}) in the columns the override file has; columns it
 * leaves out keep the shipped value, a blank cell in a column it has makes the value blank. A row with a new key
 * adds a zone or footprint. Nothing can be removed. Override files may be {@code ,}-separated with decimal points
 * (as shipped) or {@code ;}-separated with decimal commas (Dutch and French Excel). See
 * {@code docs/reference-data.md}.
 *
 * <p>Problems in override files are all collected and thrown together as an
 * {@link InvalidReferenceDataException}, each naming file, row and column; then nothing is applied. A problem in the
 * shipped files is a build defect and throws {@link IllegalStateException}.
 */
public final class ReferenceGeographyLoader {

    /** The files of a reference data set, in the order they are read. */
    public static final List<String> FILE_NAMES =
            Stream.of(ReferenceFile.values()).map(ReferenceFile::fileName).toList();

    private final Path overrideFolder;

    /** Loads the shipped set only. */
    public ReferenceGeographyLoader() {
        this.overrideFolder = null;
    }

    /** Loads the shipped set with the override files in {@code overrideFolder} applied. */
    public ReferenceGeographyLoader(Path overrideFolder) {
        this.overrideFolder = Objects.requireNonNull(overrideFolder, "overrideFolder");
    }

    /** The shipped set, loaded once per JVM. */
    public static ReferenceGeography shipped() {
        return Shipped.GEOGRAPHY;
    }

    /** The shipped set's version, e.g. {@code veerkracht-reference 2026-11}. */
    public static String shippedVersion() {
        return ShippedReferenceData.version();
    }

    /**
     * Writes the three shipped files into {@code folder} (created if needed) as a starting point for overrides;
     * refuses to replace a file already there ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public static void copyShippedFiles(Path folder) throws IOException {
        ShippedReferenceData.copyTo(folder);
    }

    /**
     * The geography; its {@link ReferenceGeography#version()} reads
     * {@code veerkracht-reference 2026-11 (zones, countries, footprints)}, followed by
     * {@code + overrides from PATH (countries.csv)} when override files were applied.
     */
    public ReferenceGeography load() throws InvalidReferenceDataException {
        Map<ReferenceFile, Map<String, ReferenceRow>> rows = shippedRows();
        List<Problem> problems = new ArrayList<>();
        List<String> overridden = overrideFolder == null ? List.of() : applyOverrides(rows, problems);
        // rows that could be read are checked further even when others could not: every problem at once
        ReferenceGeography geography = assemble(rows, version(overridden), problems);
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return geography;
    }

    private String version(List<String> overridden) {
        String version = ShippedReferenceData.version() + " (" + Stream.of(ReferenceFile.values())
                .map(f -> f.fileName().replace(".csv", "")).collect(Collectors.joining(", ")) + ")";
        return overridden.isEmpty() ? version
                : version + " + overrides from " + overrideFolder + " (" + String.join(", ", overridden) + ")";
    }

    private static Map<ReferenceFile, Map<String, ReferenceRow>> shippedRows() {
        Map<ReferenceFile, Map<String, ReferenceRow>> rows = new EnumMap<>(ReferenceFile.class);
        List<Problem> problems = new ArrayList<>();
        for (ReferenceFile file : ReferenceFile.values()) {
            new ReferenceTableReader(file, true)
                    .read(ShippedReferenceData.where(file), ShippedReferenceData.bytes(file), problems)
                    .ifPresent(read -> rows.put(file, new LinkedHashMap<>(read)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped reference data are broken:" + System.lineSeparator()
                    + new InvalidReferenceDataException(problems).report(Locale.ENGLISH));
        }
        return rows;
    }

    /** Merges each override file present into {@code rows}; the names of the files applied. */
    private List<String> applyOverrides(Map<ReferenceFile, Map<String, ReferenceRow>> rows, List<Problem> problems) {
        RowOrigin folder = RowOrigin.wholeFile(overrideFolder.toString(), null);
        if (!Files.isDirectory(overrideFolder)) {
            problems.add(Problem.of(folder, null, ProblemKey.FILE_NOT_FOUND, overrideFolder));
            return List.of();
        }
        Map<String, Path> files;
        try (Stream<Path> listing = Files.list(overrideFolder)) {
            files = listing.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> p.getFileName().toString().toLowerCase(Locale.ROOT), p -> p, (a, b) -> a));
        } catch (IOException unreadable) {
            problems.add(Problem.of(folder, null, ProblemKey.FILE_UNREADABLE, unreadable.getMessage()));
            return List.of();
        }
        List<String> applied = new ArrayList<>();
        for (ReferenceFile file : ReferenceFile.values()) {
            Path path = files.get(file.fileName());
            if (path != null) {
                applied.add(file.fileName());
                read(file, path, problems).ifPresent(overrides ->
                        overrides.forEach((key, row) -> rows.get(file).merge(key, row, ReferenceRow::overriddenBy)));
            }
        }
        // A folder with only the stress test's events.csv or the landed cost's transport/ tables overrides no
        // geography; one with nothing known is a mistake.
        if (applied.isEmpty() && !files.containsKey(EventCatalogueLoader.FILE_NAME)
                && !Files.isDirectory(overrideFolder.resolve(TransportFile.FOLDER))) {
            problems.add(Problem.of(folder, null, ProblemKey.FILE_NOT_FOUND,
                    String.join(", ", FILE_NAMES) + " or " + EventCatalogueLoader.FILE_NAME + " in " + overrideFolder));
        }
        return applied;
    }

    private static Optional<Map<String, ReferenceRow>> read(ReferenceFile file, Path path,
                                                                      List<Problem> problems) {
        try {
            return new ReferenceTableReader(file, false).read(path.toString(), Files.readAllBytes(path), problems);
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(path.toString(), null), null, ProblemKey.FILE_UNREADABLE,
                    unreadable.getMessage()));
            return Optional.empty();
        }
    }

    /** Zones first (countries and footprints refer to them), then footprints (countries name their lanes). */
    private static ReferenceGeography assemble(Map<ReferenceFile, Map<String, ReferenceRow>> rows, String version,
                                               List<Problem> problems) {
        List<Zone> zones = ZoneRows.read(rows.get(ReferenceFile.ZONES).values(), problems);
        Map<String, RowOrigin> zoneOrigins = new LinkedHashMap<>();
        rows.get(ReferenceFile.ZONES).values().forEach(row -> zoneOrigins.put(row.key(), row.origin()));
        List<Footprint> footprints = FootprintRows.read(rows.get(ReferenceFile.FOOTPRINTS).values(), zoneOrigins,
                problems);
        Set<String> seaLanes = FootprintRows.delayCodes(rows.get(ReferenceFile.FOOTPRINTS).values());
        List<CountryProfile> countries = CountryRows.read(rows.get(ReferenceFile.COUNTRIES).values(),
                zoneOrigins.keySet(), seaLanes, problems);
        return problems.isEmpty() ? new ReferenceGeography(version, zones, countries, footprints) : null;
    }

    /** Holder: the shipped set is read on first use. */
    private static final class Shipped {
        static final ReferenceGeography GEOGRAPHY = loadShipped();

        private static ReferenceGeography loadShipped() {
            try {
                return new ReferenceGeographyLoader().load();
            } catch (InvalidReferenceDataException broken) {
                throw new IllegalStateException("the shipped reference data are broken:" + System.lineSeparator()
                        + broken.report(Locale.ENGLISH), broken);
            }
        }
    }
}
