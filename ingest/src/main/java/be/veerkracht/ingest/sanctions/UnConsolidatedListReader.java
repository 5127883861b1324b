package be.veerkracht.ingest.sanctions;

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
 * Reads the UN Security Council consolidated list, XML ({@code https://scsanctions.un.org/resources/xml/en/consolidated.xml},
 * schema {@code https://www.un.org/sc/resources/sc-sanctions.xsd}): root {@code CONSOLIDATED_LIST} with
 * {@code dateGenerated} (the publication date), {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}.
 *
 * <p>Per entry: {@code REFERENCE_NUMBER} (entry id, required), {@code FIRST_NAME} to {@code FOURTH_NAME} joined with
 * spaces (primary name, required), {@code NAME_ORIGINAL_SCRIPT} (strong alias), {@code INDIVIDUAL_ALIAS} /
 * {@code ENTITY_ALIAS} ({@code QUALITY} {@code Low} is weak; {@code Good}, {@code a.k.a.}, {@code f.k.a.} and empty are
 * strong), countries from {@code NATIONALITY/VALUE} and the {@code COUNTRY} of the addresses (UN country names, mapped
 * by {@link CountryNames}), dates of birth ({@link UnDatesOfBirth}), {@code INDIVIDUAL_DOCUMENT} with a
 * {@code NUMBER} as identifiers, {@code UN_LIST_TYPE} as programme, {@code LISTED_ON}, {@code COMMENTS1} as remarks.
 * Streams the file ({@link StaxEntries}); about one second for the 2 MB file of 1,003 entries.
 */
public final class UnConsolidatedListReader implements SanctionsListReader {

    static final String ROOT = "CONSOLIDATED_LIST";
    static final String INDIVIDUAL = "INDIVIDUAL";
    static final String ENTITY = "ENTITY";
    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
    private static final String QUALITY_LOW = "low";

    private final LocalDate fallbackDate;

    /** A reader that takes the publication date from the file's {@code dateGenerated}. */
    public UnConsolidatedListReader() {
        this(null);
    }

    /** @param fallbackDate the publication date to use if the file has no {@code dateGenerated}; may be null */
    public UnConsolidatedListReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
    }

    @Override
    public ListSource source() {
        return ListSource.UN;
    }

    @Override
    public SanctionsList read(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        List<ListEntry> entries = new ArrayList<>();
        LocalDate[] generated = new LocalDate[1];
        new StaxEntries(path).read(ROOT, null, Set.of(INDIVIDUAL, ENTITY),
                root -> generated[0] = RootDates.date(fileName, root, "dateGenerated"),
                element -> entries.add(entry(fileName, element)));
        ListVersion version = new ListVersion(ListSource.UN, RootDates.orCallerDate(generated[0], fallbackDate),
                FileDigest.sha256(path), entries.size());
        return new SanctionsList(version, entries);
    }

    private static ListEntry entry(String fileName, XmlElement element) {
        String reference = element.childText("REFERENCE_NUMBER");
        if (reference.isEmpty()) {
            throw new InvalidSanctionsListException(fileName, element.line(), "REFERENCE_NUMBER",
                    "missing in " + element.name());
        }
        boolean person = element.name().equals(INDIVIDUAL);
        EntryDraft draft = new EntryDraft(reference, person ? EntryKind.PERSON : EntryKind.ORGANISATION);
        String primary = NAME_PARTS.stream().map(element::childText).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        if (primary.isEmpty()) {
            throw new InvalidSanctionsListException(fileName, element.line(), "FIRST_NAME",
                    "entry " + reference + " has no name");
        }
        draft.name(primary, AliasQuality.PRIMARY, null);
        draft.name(element.childText("NAME_ORIGINAL_SCRIPT"), AliasQuality.STRONG, null);
        String aliasElement = person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        for (XmlElement alias : element.children(aliasElement)) {
            AliasQuality quality = alias.childText("QUALITY").toLowerCase(Locale.ROOT).equals(QUALITY_LOW)
                    ? AliasQuality.WEAK : AliasQuality.STRONG;
            draft.name(alias.childText("ALIAS_NAME"), quality, null);
        }
        countries(element, person, draft);
        UnDatesOfBirth.addTo(fileName, reference, element, draft);
        element.children("INDIVIDUAL_DOCUMENT").forEach(document -> identifier(document, draft));
        draft.programme(element.childText("UN_LIST_TYPE"));
        draft.listedOn(listedOn(fileName, reference, element));
        draft.remark(element.childText("COMMENTS1"));
        return draft.build();
    }

    private static void countries(XmlElement element, boolean person, EntryDraft draft) {
        CountryNames names = CountryNames.shipped();
        XmlElement nationality = element.child("NATIONALITY");
        Stream<String> fromNationality = nationality == null ? Stream.empty()
                : nationality.children("VALUE").stream().map(XmlElement::text);
        Stream<String> fromAddresses = element.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS").stream()
                .map(address -> address.childText("COUNTRY"));
        Stream.concat(fromNationality, fromAddresses)
                .forEach(name -> names.code(name).ifPresent(draft::country));
    }

    private static void identifier(XmlElement document, EntryDraft draft) {
        String number = document.childText("NUMBER");
        if (number.isEmpty()) {
            return;
        }
        String issuer = document.childText("ISSUING_COUNTRY");
        if (issuer.isEmpty()) {
            issuer = document.childText("COUNTRY_OF_ISSUE");
        }
        String country = CountryNames.shipped().code(issuer).orElse(null);
        draft.identifier(new Identifier(DocumentTypes.normalise(document.childText("TYPE_OF_DOCUMENT")), number,
                country));
    }

    private static String listedOn(String fileName, String reference, XmlElement element) {
        String text = element.childText("LISTED_ON");
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = PartialDates.leadingDateOrNull(text);
        if (date == null) {
            XmlElement listed = element.child("LISTED_ON");
            throw new InvalidSanctionsListException(fileName, listed.line(), "LISTED_ON",
                    "entry " + reference + ": not a date: '" + text + "'");
        }
        return date.toString();
    }
}
