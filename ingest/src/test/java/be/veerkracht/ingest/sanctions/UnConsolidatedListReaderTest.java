package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The UN consolidated list. Every expected value below was read by hand from the fixture, which is cut verbatim
 * from the UN file of 2026-02-27 (FIXTURES.md); the element the value comes from is named in each test.
 */
class UnConsolidatedListReaderTest extends SanctionsListReaderContract {

    @Override
    SanctionsListReader createReader() {
        return new UnConsolidatedListReader();
    }

    @Override
    Path fixture() {
        return Fixtures.path(Fixtures.UN);
    }

    @Override
    String expectedHash() throws Exception {
        return FileDigest.sha256(Files.readAllBytes(fixture()));
    }

    private Map<String, ListEntry> entries() throws Exception {
        return read().entries().stream().collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
    }

    @Test
    void readsSixIndividualsAndTwoEntitiesDatedByDateGenerated() throws Exception {
        SanctionsList list = read();
        // dateGenerated="2026-02-27T00:00:09.554Z" on CONSOLIDATED_LIST
        assertThat(list.version().publicationDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(list.entries()).extracting(ListEntry::entryId).containsExactly(
                "CDi.001", "CDi.014", "QDi.068", "TAi.146", "KPi.006", "SSi.001", "CDe.001", "KPe.001");
        assertThat(list.entries()).filteredOn(e -> e.kind() == EntryKind.PERSON).hasSize(6);
        assertThat(list.entries()).filteredOn(e -> e.kind() == EntryKind.ORGANISATION).hasSize(2);
    }

    @Test
    void cdi001NameYearNationalityAddressProgrammeAndListing() throws Exception {
        // FIRST_NAME ERIC, SECOND_NAME BADEGE, empty INDIVIDUAL_ALIAS, NATIONALITY "Democratic Republic of the
        // Congo", INDIVIDUAL_ADDRESS COUNTRY Rwanda, DOB EXACT YEAR 1971, UN_LIST_TYPE DRC, LISTED_ON 2012-12-31
        ListEntry eric = entries().get("CDi.001");
        assertThat(eric.names()).containsExactly(new ListedName("ERIC BADEGE", AliasQuality.PRIMARY, null));
        assertThat(eric.countries()).containsExactlyInAnyOrder("CD", "RW");
        assertThat(eric.birthDates()).containsExactly("1971");
        assertThat(eric.programmes()).containsExactly("DRC");
        assertThat(eric.listedOn()).isEqualTo("2012-12-31");
        assertThat(eric.remarks()).startsWith("He fled to Rwanda in March 2013");
        assertThat(eric.identifiers()).isEmpty();
    }

    @Test
    void cdi014LowAliasesAreWeakAndAnApproximateYearIsKept() throws Exception {
        // three INDIVIDUAL_ALIAS with QUALITY Low; DOB EXACT DATE 1962-03-17 and APPROXIMATELY YEAR 1966
        ListEntry leopold = entries().get("CDi.014");
        assertThat(leopold.names()).containsExactly(
                new ListedName("LEOPOLD MUJYAMBERE", AliasQuality.PRIMARY, null),
                new ListedName("Musenyeri", AliasQuality.WEAK, null),
                new ListedName("Achille", AliasQuality.WEAK, null),
                new ListedName("Frere Petrus Ibrahim", AliasQuality.WEAK, null));
        assertThat(leopold.birthDates()).containsExactly("1962-03-17", "1966");
        assertThat(leopold.countries()).containsExactlyInAnyOrder("RW", "CD");
    }

    @Test
    void qdi068FourNamePartsOriginalScriptGradedAliasesAndDocuments() throws Exception {
        // FIRST..FOURTH_NAME ADEL / BEN AL-AZHAR / BEN YOUSSEF / HAMDI; NAME_ORIGINAL_SCRIPT in Arabic; alias Low
        // "Zakariya", alias Good "Adel ben al- Azhar ben Youssef ben Soltane" with DATE_OF_BIRTH 1970-07-14 (the same
        // as the EXACT DATE); Passport M408665 issued by Tunisia; a National Identification Number without NUMBER
        // (only a NOTE); a National Identification Number BNSDLA70L14Z352B (Italian fiscal code) without country
        ListEntry adel = entries().get("QDi.068");
        assertThat(adel.names()).containsExactly(
                new ListedName("ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI", AliasQuality.PRIMARY, null),
                new ListedName("عادل بن الأزهر بن يوسف حمدي", AliasQuality.STRONG, null),
                new ListedName("Zakariya", AliasQuality.WEAK, null),
                new ListedName("Adel ben al- Azhar ben Youssef ben Soltane", AliasQuality.STRONG, null));
        assertThat(adel.birthDates()).containsExactly("1970-07-14");
        assertThat(adel.identifiers()).containsExactly(
                new Identifier("passport", "M408665", "TN"),
                new Identifier("national-id", "BNSDLA70L14Z352B", null));
        assertThat(adel.countries()).containsExactly("TN");
        assertThat(adel.programmes()).containsExactly("Al-Qaida");
    }

    @Test
    void tai146BetweenYearsBecomeEveryYearOfTheRange() throws Exception {
        // DOB TYPE_OF_DATE BETWEEN, FROM_YEAR 1970, TO_YEAR 1973, NOTE Approximately
        assertThat(entries().get("TAi.146").birthDates()).containsExactly("1970", "1971", "1972", "1973");
    }

    @Test
    void kpi006PassportInThreeLanguagesIsOneIdentifier() throws Exception {
        // TYPE_OF_DOCUMENT "Numéro de passeport ", "Número de pasaporte" and "Passport", all NUMBER 381420754,
        // no ISSUING_COUNTRY; NATIONALITY "Democratic People's Republic of Korea"
        ListEntry paek = entries().get("KPi.006");
        assertThat(paek.identifiers()).containsExactly(new Identifier("passport", "381420754", null));
        assertThat(paek.countries()).containsExactly("KP");
        assertThat(paek.birthDates()).containsExactly("1964-06-18");
    }

    @Test
    void ssi001ListedOnWithATimeZoneKeepsTheDate() throws Exception {
        // LISTED_ON 2015-07-01-04:00; Passport D00008623 issued by South Sudan
        ListEntry gabriel = entries().get("SSi.001");
        assertThat(gabriel.listedOn()).isEqualTo("2015-07-01");
        assertThat(gabriel.identifiers()).contains(new Identifier("passport", "D00008623", "SS"));
        assertThat(gabriel.countries()).containsExactly("SS");
    }

    @Test
    void entitiesWithAkaAndFkaAliases() throws Exception {
        // CDe.001 FIRST_NAME ADF; ENTITY_ALIAS a.k.a. "Allied Democratic Forces", three f.k.a.; address in the DRC
        ListEntry adf = entries().get("CDe.001");
        assertThat(adf.kind()).isEqualTo(EntryKind.ORGANISATION);
        assertThat(adf.names()).extracting(ListedName::name).containsExactly("ADF", "Allied Democratic Forces",
                "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", "ADF/NALU", "NALU");
        assertThat(adf.names().subList(1, 5)).allMatch(n -> n.quality() == AliasQuality.STRONG);
        assertThat(adf.countries()).containsExactly("CD");
        // KPe.001: the alias is written with its quotes, "KOMID"; address Pyongyang, DPRK
        ListEntry komid = entries().get("KPe.001");
        assertThat(komid.names()).extracting(ListedName::name).contains("\"KOMID\"");
        assertThat(komid.countries()).containsExactly("KP");
        assertThat(komid.listedOn()).isEqualTo("2009-04-24");
    }

    @Test
    void theRealFileHas730IndividualsAnd273EntitiesAndParsesQuickly() throws Exception {
        assumeTrue(Files.isRegularFile(Fixtures.REAL_UN), "the real UN file is not in this workspace");
        long start = System.nanoTime();
        SanctionsList list = new UnConsolidatedListReader().read(Fixtures.REAL_UN);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<ListEntry> entries = list.entries();
        // counts of <INDIVIDUAL> and <ENTITY> elements in un_consolidated_2026-02-27.xml (grep -c)
        assertThat(entries).filteredOn(e -> e.kind() == EntryKind.PERSON).hasSize(730);
        assertThat(entries).filteredOn(e -> e.kind() == EntryKind.ORGANISATION).hasSize(273);
        assertThat(list.version().publicationDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        // 1,003 entries in all, each with its REFERENCE_NUMBER once
        assertThat(entries).extracting(ListEntry::entryId).doesNotHaveDuplicates().hasSize(1003);
    }
}
