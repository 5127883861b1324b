package be.veerkracht.ingest.sanctions;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.SanctionsList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OpenSanctions' {@code targets.simple.csv} (the "Targets as simplified CSV" export of
 * {@code zavod/exporters/simplecsv.py}, opensanctions/opensanctions): a header row {@code id, schema, name, aliases,
 * birth_date, countries, addresses, identifiers, sanctions, phones, emails, [program_ids,] dataset, first_seen,
 * last_seen, last_change}, columns found by name so older and newer exports both read; {@code id}, {@code schema}
 * and {@code name} are required. Multiple values in a cell are separated by {@code ;}.
 *
 * <p>Per entry: id, schema ({@code Person}; {@code Organization}, {@code Company}, {@code LegalEntity},
 * {@code PublicBody}; {@code Vessel}; {@code Airplane}; anything else {@code OTHER}), name (primary), aliases (strong:
 * the simple export does not grade them), birth dates ({@code yyyy}, {@code yyyy-mm}, {@code yyyy-mm-dd}; another
 * form makes the file invalid), countries (lower-case ISO codes upper-cased; OpenSanctions' own codes such as
 * {@code suhh} are dropped), identifiers (type {@code other}), sanctions as programmes. The file carries no
 * publication date: the reader's constructor may give one.
 *
 * <p><b>Licence:</b> OpenSanctions data is CC BY-NC 4.0; see {@link #LICENCE_NOTICE}.
 */
public final class OpenSanctionsSimpleReader implements SanctionsListReader {

    /** What a user must be told when OpenSanctions data is imported. */
    public static final String LICENCE_NOTICE = "OpenSanctions data is licensed under CC BY-NC 4.0 "
            + "(https://creativecommons.org/licenses/by-nc/4.0/): non-commercial use only; commercial use needs a "
            + "licence from OpenSanctions (https://www.opensanctions.org/licensing/). Attribution: OpenSanctions.";

    static final List<String> REQUIRED_COLUMNS = List.of("id", "schema", "name");
    private static final String SEPARATOR = ";";
    private static final Map<String, EntryKind> KINDS = Map.of(
            "Person", EntryKind.PERSON,
            "Organization", EntryKind.ORGANISATION,
            "Company", EntryKind.ORGANISATION,
            "LegalEntity", EntryKind.ORGANISATION,
            "PublicBody", EntryKind.ORGANISATION,
            "Vessel", EntryKind.VESSEL,
            "Airplane", EntryKind.AIRCRAFT);

    private final LocalDate publicationDate;

    /** A reader for an undated export. */
    public OpenSanctionsSimpleReader() {
        this(null);
    }

    /** @param publicationDate the export's date as the caller knows it (the file carries none); may be null */
    public OpenSanctionsSimpleReader(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    @Override
    public ListSource source() {
        return ListSource.OPENSANCTIONS;
    }

    @Override
    public Optional<String> licenceNotice() {
        return Optional.of(LICENCE_NOTICE);
    }

    @Override
    public SanctionsList read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String fileName = path.getFileName().toString();
        List<ListEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        CsvRecords.forEach(fileName, CsvRecords.decode(bytes), format, header -> checkHeader(fileName, header),
                (record, line) -> {
            ListEntry entry = entry(fileName, record, line);
            if (!ids.add(entry.entryId())) {
                throw new InvalidSanctionsListException(fileName, line, "id", "id " + entry.entryId()
                        + " occurs twice");
            }
            entries.add(entry);
        });
        ListVersion version = new ListVersion(ListSource.OPENSANCTIONS, publicationDate, FileDigest.sha256(path),
                entries.size());
        return new SanctionsList(version, entries);
    }

    private static void checkHeader(String fileName, List<String> header) {
        for (String column : REQUIRED_COLUMNS) {
            if (!header.contains(column)) {
                throw new InvalidSanctionsListException(fileName, 1, column,
                        "missing column; the header must have " + String.join(", ", REQUIRED_COLUMNS));
            }
        }
    }

    private static ListEntry entry(String fileName, CSVRecord record, long line) {
        if (!record.isConsistent()) {
            throw new InvalidSanctionsListException(fileName, line, null, "expected " + record.getParser()
                    .getHeaderNames().size() + " fields, found " + record.size() + " (truncated?)");
        }
        String id = required(fileName, record, line, "id");
        String schema = required(fileName, record, line, "schema");
        EntryDraft draft = new EntryDraft(id, KINDS.getOrDefault(schema, EntryKind.OTHER));
        draft.name(required(fileName, record, line, "name"), AliasQuality.PRIMARY, null);
        values(record, "aliases").forEach(alias -> draft.name(alias, AliasQuality.STRONG, null));
        for (String birth : values(record, "birth_date")) {
            String date = PartialDates.partialOrNull(birth);
            if (date == null) {
                throw new InvalidSanctionsListException(fileName, line, "birth_date",
                        "entry " + id + ": not a date: '" + birth + "'");
            }
            draft.birthDate(date);
        }
        values(record, "countries").forEach(draft::country);
        values(record, "identifiers").forEach(number -> draft.identifier(new Identifier(null, number, null)));
        values(record, "sanctions").forEach(draft::programme);
        return draft.build();
    }

    private static String required(String fileName, CSVRecord record, long line, String column) {
        String value = record.get(column).strip();
        if (value.isEmpty()) {
            throw new InvalidSanctionsListException(fileName, line, column, "required, got nothing");
        }
        return value;
    }

    private static List<String> values(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : record.get(column).split(SEPARATOR)) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
