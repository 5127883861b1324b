package be.veerkracht.ingest.sanctions;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.SanctionsList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the EU consolidated list of financial sanctions, Financial Sanctions Files (FSF) XML v1.1
 * ({@code xmlFullSanctionsList_1_1}, published on {@code webgate.ec.europa.eu/fsd/fsf}; element and attribute names
 * as in the FSF XSD and as parsed by OpenSanctions' {@code zavod/shed/fsf.py}). Root {@code export} in namespace
 * {@value #NAMESPACE} with {@code generationDate} (the publication date); one {@code sanctionEntity} per entry.
 *
 * <p>Per entry: {@code euReferenceNumber} as entry id ({@code logicalId} when it has none; one is required);
 * {@code subjectType/@code} {@code person} or {@code enterprise} (required); every {@code nameAlias} in order, the
 * first primary, {@code strong="false"} weak, its {@code wholeName} or else first, middle and last name joined,
 * {@code nameLanguage} kept; countries from {@code citizenship} and {@code address} {@code countryIso2Code} (the EU's
 * {@code 00} for "unknown" is dropped); dates of birth from {@code birthdate/@birthdate} or else {@code year} (and
 * {@code monthOfYear}); {@code identification} ({@code identificationTypeCode}, {@code number},
 * {@code countryIso2Code}); {@code regulation/@programme}; {@code designationDate} (or else the first regulation's
 * {@code publicationDate}) as listing date; {@code remark}s as remarks.
 */
public final class EuFinancialSanctionsReader implements SanctionsListReader {

    /** The namespace of FSF XML v1.1. */
    public static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    static final String ROOT = "export";
    static final String ENTITY = "sanctionEntity";
    private static final String FALSE = "false";
    private static final String PERSON = "person";
    private static final String ENTERPRISE = "enterprise";

    private final LocalDate fallbackDate;

    /** A reader that takes the publication date from the file's {@code generationDate}. */
    public EuFinancialSanctionsReader() {
        this(null);
    }

    /** @param fallbackDate the publication date to use if the file has no {@code generationDate}; may be null */
    public EuFinancialSanctionsReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
    }

    @Override
    public ListSource source() {
        return ListSource.EU;
    }

    @Override
    public SanctionsList read(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        List<ListEntry> entries = new ArrayList<>();
        LocalDate[] generated = new LocalDate[1];
        new StaxEntries(path).read(ROOT, NAMESPACE, Set.of(ENTITY),
                root -> generated[0] = RootDates.date(fileName, root, "generationDate"),
                element -> entries.add(entry(fileName, element)));
        ListVersion version = new ListVersion(ListSource.EU, RootDates.orCallerDate(generated[0], fallbackDate),
                FileDigest.sha256(path), entries.size());
        return new SanctionsList(version, entries);
    }

    private static ListEntry entry(String fileName, XmlElement element) {
        String id = element.attribute("euReferenceNumber");
        if (id.isEmpty()) {
            id = element.attribute("logicalId");
        }
        if (id.isEmpty()) {
            throw new InvalidSanctionsListException(fileName, element.line(), "euReferenceNumber",
                    "sanctionEntity has neither euReferenceNumber nor logicalId");
        }
        EntryDraft draft = new EntryDraft(id, kind(fileName, id, element));
        for (XmlElement alias : element.children("nameAlias")) {
            AliasQuality quality = alias.attribute("strong").toLowerCase(Locale.ROOT).equals(FALSE)
                    ? AliasQuality.WEAK : AliasQuality.STRONG;
            draft.name(aliasName(alias), quality, alias.attribute("nameLanguage"));
        }
        if (!draft.hasName()) {
            throw new InvalidSanctionsListException(fileName, element.line(), "nameAlias",
                    "entry " + id + " has no name");
        }
        Stream.concat(element.children("citizenship").stream(), element.children("address").stream())
                .forEach(place -> draft.country(place.attribute("countryIso2Code")));
        for (XmlElement birth : element.children("birthdate")) {
            birthDate(fileName, id, birth, draft);
        }
        for (XmlElement identification : element.children("identification")) {
            String number = identification.attribute("number");
            if (!number.isEmpty()) {
                String country = identification.attribute("countryIso2Code");
                draft.identifier(new Identifier(DocumentTypes.normalise(identification.attribute(
                        "identificationTypeCode")), number, isoOrNull(country)));
            }
        }
        element.children("regulation").forEach(regulation -> draft.programme(regulation.attribute("programme")));
        draft.listedOn(listedOn(fileName, id, element));
        element.children("remark").forEach(remark -> draft.remark(remark.text()));
        return draft.build();
    }

    private static EntryKind kind(String fileName, String id, XmlElement element) {
        XmlElement subject = element.child("subjectType");
        String code = subject == null ? "" : subject.attribute("code").toLowerCase(Locale.ROOT);
        return switch (code) {
            case PERSON -> EntryKind.PERSON;
            case ENTERPRISE -> EntryKind.ORGANISATION;
            case "" -> throw new InvalidSanctionsListException(fileName, element.line(), "subjectType",
                    "entry " + id + " has no subjectType code");
            default -> EntryKind.OTHER;
        };
    }

    private static String aliasName(XmlElement alias) {
        String whole = alias.attribute("wholeName");
        if (!whole.isEmpty()) {
            return whole;
        }
        return Stream.of("firstName", "middleName", "lastName").map(alias::attribute).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static void birthDate(String fileName, String id, XmlElement birth, EntryDraft draft) {
        String full = birth.attribute("birthdate");
        String year = birth.attribute("year");
        String month = birth.attribute("monthOfYear");
        String text = !full.isEmpty() ? full
                : year.isEmpty() ? ""
                : month.isEmpty() ? year
                : year + "-" + (month.length() == 1 ? "0" + month : month);
        if (text.isEmpty()) {
            return;
        }
        String date = PartialDates.partialOrNull(text);
        if (date == null) {
            throw new InvalidSanctionsListException(fileName, birth.line(), "birthdate",
                    "entry " + id + ": not a date: '" + text + "'");
        }
        draft.birthDate(date);
    }

    private static String listedOn(String fileName, String id, XmlElement element) {
        String text = element.attribute("designationDate");
        XmlElement at = element;
        XmlElement firstRegulation = element.child("regulation");
        if (text.isEmpty() && firstRegulation != null) {
            text = firstRegulation.attribute("publicationDate");
            at = firstRegulation;
        }
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = PartialDates.leadingDateOrNull(text);
        if (date == null) {
            throw new InvalidSanctionsListException(fileName, at.line(), at == element ? "designationDate"
                    : "publicationDate", "entry " + id + ": not a date: '" + text + "'");
        }
        return date.toString();
    }

    private static String isoOrNull(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return IsoCountries.isKnown(upper) ? upper : null;
    }
}
