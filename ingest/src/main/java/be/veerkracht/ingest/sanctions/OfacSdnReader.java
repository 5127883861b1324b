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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the OFAC Specially Designated Nationals list in its CSV release, as described in OFAC's "SDN data
 * specification" ({@code dat_spec.txt}, treasury.gov, updated 2023-09-25): three files without header,
 * {@code -0-} for null, joined on {@code ent_num}.
 * <ul>
 *   <li>{@code SDN.CSV}: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 *       Vess_flag, Vess_owner, Remarks. SDN_Type {@code individual}, {@code vessel}, {@code aircraft}, or null
 *       for an organisation; Program may hold several as {@code A] [B}.</li>
 *   <li>{@code ADD.CSV}: ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks.</li>
 *   <li>{@code ALT.CSV}: ent_num, alt_num, alt_type ({@code aka}, {@code fka}, {@code nka}; also written
 *       {@code a.k.a.}), alt_name, alt_remarks; a "weak a.k.a." in alt_remarks makes the alias weak.</li>
 * </ul>
 * Per entry: the name (primary), the aliases, programmes, the countries of the addresses, of the vessel flag and of
 * nationality/citizenship in the remarks, call sign and the remarks' dates of birth and documents
 * ({@link OfacRemarks}); title and remarks as remarks. The file carries no publication date: the reader's
 * constructor may give one. The content hash covers SDN.CSV, ADD.CSV and ALT.CSV, in that order.
 */
public final class OfacSdnReader implements SanctionsListReader {

    /** OFAC's null value. */
    static final String NULL = "-0-";
    static final int SDN_FIELDS = 12;
    static final int ADD_FIELDS = 6;
    static final int ALT_FIELDS = 5;
    private static final String WEAK_MARK = "weak";
    private static final String PROGRAM_SEPARATOR = "\\]\\s*\\[";

    private final LocalDate publicationDate;

    /** A reader for an undated release. */
    public OfacSdnReader() {
        this(null);
    }

    /** @param publicationDate the release's date as the caller knows it (OFAC's files carry none); may be null */
    public OfacSdnReader(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    @Override
    public ListSource source() {
        return ListSource.OFAC;
    }

    /** Reads the folder holding the three files, or the three files next to the one given. */
    @Override
    public SanctionsList read(Path path) throws IOException {
        OfacFiles files = OfacFiles.locate(path);
        return read(files.sdn(), files.add(), files.alt());
    }

    /** Reads the three files of one release. */
    public SanctionsList read(Path sdnCsv, Path addCsv, Path altCsv) throws IOException {
        byte[] sdn = Files.readAllBytes(sdnCsv);
        byte[] add = Files.readAllBytes(addCsv);
        byte[] alt = Files.readAllBytes(altCsv);
        Map<String, EntryDraft> drafts = new LinkedHashMap<>();
        String sdnName = sdnCsv.getFileName().toString();
        CsvRecords.forEach(sdnName, CsvRecords.decode(sdn), CSVFormat.DEFAULT,
                (record, line) -> sdnRecord(new Row(sdnName, record, line, SDN_FIELDS), drafts));
        String addName = addCsv.getFileName().toString();
        CsvRecords.forEach(addName, CsvRecords.decode(add), CSVFormat.DEFAULT,
                (record, line) -> addRecord(new Row(addName, record, line, ADD_FIELDS), drafts));
        String altName = altCsv.getFileName().toString();
        CsvRecords.forEach(altName, CsvRecords.decode(alt), CSVFormat.DEFAULT,
                (record, line) -> altRecord(new Row(altName, record, line, ALT_FIELDS), drafts));
        List<ListEntry> entries = drafts.values().stream().map(EntryDraft::build).toList();
        ListVersion version = new ListVersion(ListSource.OFAC, publicationDate, FileDigest.sha256(sdn, add, alt),
                entries.size());
        return new SanctionsList(version, entries);
    }

    private static void sdnRecord(Row row, Map<String, EntryDraft> drafts) {
        String entNum = row.entNum();
        String name = row.required(1, "SDN_Name");
        EntryDraft draft = new EntryDraft(entNum, kind(row.optional(2)));
        if (drafts.putIfAbsent(entNum, draft) != null) {
            throw row.invalid("ent_num", "ent_num " + entNum + " occurs twice");
        }
        draft.name(name, AliasQuality.PRIMARY, null);
        String programs = row.optional(3);
        if (programs != null) {
            for (String program : programs.replaceAll("^\\[|\\]$", "").split(PROGRAM_SEPARATOR)) {
                draft.programme(program);
            }
        }
        String callSign = row.optional(5);
        if (callSign != null) {
            draft.identifier(new Identifier(DocumentTypes.CALL_SIGN, callSign, null));
        }
        CountryNames.shipped().code(row.optional(9)).ifPresent(draft::country);
        String remarks = row.optional(11);
        OfacRemarks.addTo(remarks, draft);
        draft.remark(row.optional(4)).remark(remarks);
    }

    private static void addRecord(Row row, Map<String, EntryDraft> drafts) {
        EntryDraft draft = row.existing(drafts);
        CountryNames.shipped().code(row.optional(4)).ifPresent(draft::country);
    }

    private static void altRecord(Row row, Map<String, EntryDraft> drafts) {
        EntryDraft draft = row.existing(drafts);
        String remarks = row.optional(4);
        boolean weak = remarks != null && remarks.toLowerCase(Locale.ROOT).contains(WEAK_MARK);
        draft.name(row.required(3, "alt_name"), weak ? AliasQuality.WEAK : AliasQuality.STRONG, null);
    }

    private static EntryKind kind(String sdnType) {
        if (sdnType == null) {
            return EntryKind.ORGANISATION;
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryKind.PERSON;
            case "vessel" -> EntryKind.VESSEL;
            case "aircraft" -> EntryKind.AIRCRAFT;
            default -> EntryKind.OTHER;
        };
    }

    /** One record of an OFAC file, with its location for errors. */
    private record Row(String file, CSVRecord record, long line, int fields) {

        Row {
            if (record.size() != fields) {
                throw new InvalidSanctionsListException(file, line, null,
                        "expected " + fields + " fields, found " + record.size() + " (truncated or not an OFAC file?)");
            }
        }

        String entNum() {
            String value = required(0, "ent_num");
            if (!value.chars().allMatch(Character::isDigit)) {
                throw invalid("ent_num", "must be a whole number, got '" + value + "'");
            }
            return value;
        }

        EntryDraft existing(Map<String, EntryDraft> drafts) {
            String entNum = entNum();
            EntryDraft draft = drafts.get(entNum);
            if (draft == null) {
                throw invalid("ent_num", "ent_num " + entNum + " is not in SDN.CSV");
            }
            return draft;
        }

        String optional(int index) {
            String value = record.get(index).strip();
            return value.isEmpty() || value.equals(NULL) ? null : value;
        }

        String required(int index, String field) {
            String value = optional(index);
            if (value == null) {
                throw invalid(field, "required, got " + (record.get(index).isBlank() ? "nothing" : NULL));
            }
            return value;
        }

        InvalidSanctionsListException invalid(String field, String problem) {
            return new InvalidSanctionsListException(file, line, field, problem);
        }
    }
}
