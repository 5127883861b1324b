package be.veerkracht.ingest.reference;

import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.simulation.events.EventCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the {@link EventCatalogue} of the stress test: {@code events.csv} shipped on the classpath next to the
 * reference geography, optionally with a user's override folder (the same folder as the geography's overrides)
 * applied on top. See {@code docs/event-catalogue.md}.
 *
 * <p>Override rule (row level), as for the geography: an {@code events.csv} in the folder (name in any case) holds
 * rows keyed by ({@code scope}, {@code event}, {@code applies_to}). A row with a shipped key replaces that row in the
 * columns the file has; a row with a new key adds a rate (e.g. {@code supplier,FIRE,supplier:S01,...} for one
 * supplier). An override row that does not give its own {@code source} is credited to the override file and row,
 * never to the shipped source. Nothing can be removed: set {@code annual_rate} to 0. {@code ,} with decimal points
 * or {@code ;} with decimal commas. A folder without {@code events.csv} changes nothing.
 *
 * <p>Problems in the override file are all collected and thrown together as an
 * {@link InvalidReferenceDataException}, each naming file, row and column; then nothing is applied. A problem in the
 * shipped file is a build defect and throws {@link IllegalStateException}.
 */
public final class EventCatalogueLoader {

    /** The catalogue's file name, shipped and in an override folder. */
    public static final String FILE_NAME = "events.csv";

    private final Path overrideFolder;
    private final ReferenceGeography geography;

    /** Loads the shipped catalogue only. */
    public EventCatalogueLoader() {
        this.overrideFolder = null;
        this.geography = null;
    }

    /**
     * Loads the shipped catalogue with {@code events.csv} of {@code overrideFolder} applied; footprint events must
     * name a footprint (or zone) of the shipped geography.
     */
    public EventCatalogueLoader(Path overrideFolder) {
        this(overrideFolder, null);
    }

    /**
     * As {@link #EventCatalogueLoader(Path)}, with footprint events checked against {@code geography} (e.g. the
     * geography loaded with the same folder, which may add footprints); null means the shipped geography.
     */
    public EventCatalogueLoader(Path overrideFolder, ReferenceGeography geography) {
        this.overrideFolder = Objects.requireNonNull(overrideFolder, "overrideFolder");
        this.geography = geography;
    }

    /** The shipped catalogue, loaded once per JVM. */
    public static EventCatalogue shipped() {
        return Shipped.CATALOGUE;
    }

    /** The shipped catalogue's version, e.g. {@code veerkracht-events 2026-11}. */
    public static String shippedVersion() {
        return ShippedReferenceData.version("events_version");
    }

    /**
     * The catalogue; its {@link EventCatalogue#version()} reads {@code veerkracht-events 2026-11}, followed by
     * {@code + overrides from PATH (events.csv)} when an override file was applied.
     */
    public EventCatalogue load() throws InvalidReferenceDataException {
        Map<String, ReferenceRow> rows = shippedRows();
        List<Problem> problems = new ArrayList<>();
        boolean overridden = overrideFolder != null && applyOverrides(rows, problems);
        String version = overridden
                ? shippedVersion() + " + overrides from " + overrideFolder + " (" + FILE_NAME + ")"
                : shippedVersion();
        EventCatalogue catalogue = EventRows.assemble(rows.values(), footprintCodes(), version, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return catalogue;
    }

    private Set<String> footprintCodes() {
        ReferenceGeography against = geography != null ? geography : ReferenceGeographyLoader.shipped();
        return against.footprints().stream().map(Footprint::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, ReferenceRow> shippedRows() {
        List<Problem> problems = new ArrayList<>();
        Optional<Map<String, ReferenceRow>> read = EventRows.read(FILE_NAME + " (shipped)",
                ShippedReferenceData.bytes(FILE_NAME), true, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped event catalogue is broken:" + System.lineSeparator()
                    + new InvalidReferenceDataException(problems).report(Locale.ENGLISH));
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("the shipped event catalogue is broken: " + FILE_NAME + " unreadable");
        }
        return new LinkedHashMap<>(read.get());
    }

    /** Merges the folder's {@code events.csv}, if any, into {@code rows}; true when there was one. */
    private boolean applyOverrides(Map<String, ReferenceRow> rows, List<Problem> problems) {
        RowOrigin folder = RowOrigin.wholeFile(overrideFolder.toString(), null);
        if (!Files.isDirectory(overrideFolder)) {
            problems.add(Problem.of(folder, null, ProblemKey.FILE_NOT_FOUND, overrideFolder));
            return false;
        }
        Optional<Path> file;
        try (Stream<Path> listing = Files.list(overrideFolder)) {
            file = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(FILE_NAME))
                    .sorted().findFirst();
        } catch (IOException unreadable) {
            problems.add(Problem.of(folder, null, ProblemKey.FILE_UNREADABLE, unreadable.getMessage()));
            return false;
        }
        if (file.isEmpty()) {
            return false;
        }
        Path path = file.get();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(path.toString(), null), null, ProblemKey.FILE_UNREADABLE,
                    unreadable.getMessage()));
            return true;
        }
        EventRows.read(path.toString(), bytes, false, problems).ifPresent(overrides ->
                overrides.forEach((key, row) -> rows.merge(key, credited(row), ReferenceRow::overriddenBy)));
        return true;
    }

    /** The override row with a source of its own: its {@code source} cell, else the file and row it was written on. */
    private static ReferenceRow credited(ReferenceRow row) {
        ReferenceRow.Value source = row.cell(EventRows.SOURCE);
        if (source != null && source.text() != null) {
            return row;
        }
        Map<String, ReferenceRow.Value> cells = new LinkedHashMap<>(row.cells());
        cells.put(EventRows.SOURCE, new ReferenceRow.Value("override: " + row.origin().file() + ", row "
                + row.origin().row(), row.origin(), DecimalMark.POINT));
        return new ReferenceRow(row.key(), row.origin(), cells);
    }

    /** Holder: the shipped catalogue is read on first use. */
    private static final class Shipped {
        static final EventCatalogue CATALOGUE = loadShipped();

        private static EventCatalogue loadShipped() {
            try {
                return new EventCatalogueLoader().load();
            } catch (InvalidReferenceDataException broken) {
                throw new IllegalStateException("the shipped event catalogue is broken:" + System.lineSeparator()
                        + broken.report(Locale.ENGLISH), broken);
            }
        }
    }
}
