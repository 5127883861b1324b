package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OFAC SDN CSV reader. Expected values read by hand from the fixture folder ofac/ (FIXTURES.md). */
class OfacSdnReaderTest extends SanctionsListReaderContract {

    @TempDir
    Path folder;

    @Override
    SanctionsListReader createReader() {
        return new OfacSdnReader();
    }

    @Override
    Path fixture() {
        return Fixtures.path(Fixtures.OFAC_FOLDER);
    }

    @Override
    String expectedHash() throws Exception {
        Path ofac = fixture();
        return FileDigest.sha256(Files.readAllBytes(ofac.resolve("SDN.CSV")), Files.readAllBytes(ofac.resolve(
                "ADD.CSV")), Files.readAllBytes(ofac.resolve("ALT.CSV")));
    }

    private Map<String, ListEntry> entries() throws Exception {
        return read().entries().stream().collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
    }

    @Test
    void sevenEntriesInFileOrderUndatedUnlessTheCallerGivesADate() throws Exception {
        SanctionsList list = read();
        assertThat(list.entries()).extracting(ListEntry::entryId)
                .containsExactly("36", "306", "2674", "4238", "99001", "99002", "99003");
        assertThat(list.version().publicationDate()).isNull();
        LocalDate given = LocalDate.of(2026, 2, 27);
        assertThat(new OfacSdnReader(given).read(fixture()).version().publicationDate()).isEqualTo(given);
    }

    @Test
    void theSdnCsvPathFindsItsSiblings() throws Exception {
        assertThat(new OfacSdnReader().read(fixture().resolve("SDN.CSV"))).isEqualTo(read());
    }

    @Test
    void entry36AnOrganisationWithAnAliasAndAHavanaAddress() throws Exception {
        // SDN 36 "AEROCARIBBEAN AIRLINES", SDN_Type -0-, program CUBA; ALT 36/12 aka "AERO-CARIBBEAN";
        // ADD 36/25 Havana, Cuba
        ListEntry aero = entries().get("36");
        assertThat(aero.kind()).isEqualTo(EntryKind.ORGANISATION);
        assertThat(aero.names()).containsExactly(new ListedName("AEROCARIBBEAN AIRLINES", AliasQuality.PRIMARY, null),
                new ListedName("AERO-CARIBBEAN", AliasQuality.STRONG, null));
        assertThat(aero.programmes()).containsExactly("CUBA");
        assertThat(aero.countries()).containsExactly("CU");
        assertThat(aero.remarks()).isNull();
    }

    @Test
    void entry306TheWeakAkaOfTheRemarks() throws Exception {
        // SDN 306 remarks "a.k.a. 'BNC'."; ALT 306/220 aka "NATIONAL BANK OF CUBA"
        assertThat(entries().get("306").names()).containsExactly(
                new ListedName("BANCO NACIONAL DE CUBA", AliasQuality.PRIMARY, null),
                new ListedName("BNC", AliasQuality.WEAK, null),
                new ListedName("NATIONAL BANK OF CUBA", AliasQuality.STRONG, null));
    }

    @Test
    void entry2674AnIndividualWithDateOfBirthAndTitle() throws Exception {
        // SDN 2674 "ABBAS, Abu" individual SDGT, Title "Director of PALESTINE LIBERATION FRONT - ABU ABBAS
        // FACTION", remarks "DOB 10 Dec 1948; ..."; ADD 2674/1001 all -0-
        ListEntry abbas = entries().get("2674");
        assertThat(abbas.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(abbas.birthDates()).containsExactly("1948-12-10");
        assertThat(abbas.countries()).isEmpty();
        assertThat(abbas.remarks()).startsWith("Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION; DOB 10");
        assertThat(abbas.names()).extracting(ListedName::name).containsExactly("ABBAS, Abu", "ZAYDAN, Muhammad");
    }

    @Test
    void entry4238AVesselWithCallSignAndFlag() throws Exception {
        // SDN 4238 "MAR AZUL" vessel CUBA, Call_Sign CL2192, Vess_type Tug, Vess_flag Cuba
        ListEntry vessel = entries().get("4238");
        assertThat(vessel.kind()).isEqualTo(EntryKind.VESSEL);
        assertThat(vessel.identifiers()).containsExactly(new Identifier("call-sign", "CL2192", null));
        assertThat(vessel.countries()).containsExactly("CU");
    }

    @Test
    void entry99001RemarksGiveDatesCountriesAndDocuments() throws Exception {
        // programs "RUSSIA-EO14024] [UKRAINE-EO13662"; remarks DOB 01 Jan 1960; alt. DOB 1961; nationality Russia;
        // alt. citizen Cyprus; Passport 7512345678 (Russia) expires ...; Tax ID No. 770000000001 (Russia);
        // ALT 99001/99102 "VANYA" with alt_remarks "weak a.k.a."; ADD Moscow, Russia
        ListEntry petrov = entries().get("99001");
        assertThat(petrov.programmes()).containsExactly("RUSSIA-EO14024", "UKRAINE-EO13662");
        assertThat(petrov.birthDates()).containsExactly("1960-01-01", "1961");
        assertThat(petrov.countries()).containsExactlyInAnyOrder("RU", "CY");
        assertThat(petrov.identifiers()).containsExactly(new Identifier("passport", "7512345678", "RU"),
                new Identifier("tax-id", "770000000001", "RU"));
        assertThat(petrov.names()).containsExactly(
                new ListedName("PETROV, Ivan Sergeyevich", AliasQuality.PRIMARY, null),
                new ListedName("PETROV, Ivan", AliasQuality.STRONG, null),
                new ListedName("VANYA", AliasQuality.WEAK, null));
    }

    @Test
    void entries99002And99003RegistrationNumbersAndImo() throws Exception {
        // 99002: Tax ID No. 7700000002 (Russia); Registration Number 1157700000003 (Russia); fka "EXAMPLE STANKI OOO";
        // addresses Moscow, Russia and Almaty, Kazakhstan. 99003: vessel, Call_Sign 9HA0000, flag Panama, ADD Iran,
        // remarks "Vessel Registration Identification IMO 9000001"
        ListEntry company = entries().get("99002");
        assertThat(company.identifiers()).containsExactly(new Identifier("tax-id", "7700000002", "RU"),
                new Identifier("regnumber", "1157700000003", "RU"));
        assertThat(company.countries()).containsExactlyInAnyOrder("RU", "KZ");
        assertThat(company.names()).extracting(ListedName::name).containsExactly("EXAMPLE MACHINE TOOLS LLC", "EMT",
                "EXAMPLE STANKI OOO");
        ListEntry tanker = entries().get("99003");
        assertThat(tanker.identifiers()).containsExactly(new Identifier("call-sign", "9HA0000", null),
                new Identifier("IMO", "9000001", null));
        assertThat(tanker.countries()).containsExactlyInAnyOrder("PA", "IR");
    }

    private Path release(String sdn, String add, String alt) throws Exception {
        Files.writeString(folder.resolve("sdn.csv"), sdn, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("add.csv"), add, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("alt.csv"), alt, StandardCharsets.US_ASCII);
        return folder;
    }

    private static final String GOOD = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,-0- \r\n";

    private InvalidSanctionsListException refusal(Path path) {
        return catchThrowableOfType(InvalidSanctionsListException.class, () -> new OfacSdnReader().read(path));
    }

    @Test
    void aBadEntNumIsRefusedWithFileLineAndField() throws Exception {
        Path release = release(GOOD + "x7,\"NAME\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", "", "");
        assertThat(refusal(release).getMessage()).isEqualTo(
                "sdn.csv: line 2, ent_num: must be a whole number, got 'x7'");
    }

    @Test
    void aTruncatedRecordAMissingNameAndAnOrphanAliasAreRefused() throws Exception {
        assertThat(refusal(release(GOOD + "37,\"CUT OFF\",-0- \r\n", "", "")).problem())
                .startsWith("expected 12 fields, found 3");
        assertThat(refusal(release(GOOD + "37,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", "", ""))
                .field()).isEqualTo("SDN_Name");
        InvalidSanctionsListException orphan = refusal(release(GOOD, "", "36,12,\"aka\",\"A\",-0- \r\n"
                + "99,13,\"aka\",\"B\",-0- \r\n"));
        assertThat(orphan.getMessage()).isEqualTo("alt.csv: line 2, ent_num: ent_num 99 is not in SDN.CSV");
        assertThat(refusal(release(GOOD + GOOD, "", "")).problem()).isEqualTo("ent_num 36 occurs twice");
    }

    @Test
    void anUnclosedQuoteIsRefused() throws Exception {
        InvalidSanctionsListException e = refusal(release(GOOD + "37,\"UNCLOSED,-0- ,\"CUBA", "", ""));
        assertThat(e.file()).isEqualTo("sdn.csv");
        assertThat(e.problem()).startsWith("broken CSV");
    }

    @Test
    void aMissingFileOfTheThreeIsRefused() throws Exception {
        Files.writeString(folder.resolve("SDN.CSV"), GOOD);
        Files.writeString(folder.resolve("ALT.CSV"), "");
        assertThat(refusal(folder).getMessage()).startsWith("ADD.CSV: missing");
    }
}
