package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSanctions targets.simple.csv. Expected values read by hand from the fixture (FIXTURES.md). */
class OpenSanctionsSimpleReaderTest extends SanctionsListReaderContract {

    /** The header of the older exports, without program_ids and last_change (simplecsv.py before 2024). */
    private static final String OLD_HEADER = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,"
            + "sanctions,phones,emails,dataset,first_seen,last_seen\n";

    @TempDir
    Path folder;

    @Override
    SanctionsListReader createReader() {
        return new OpenSanctionsSimpleReader();
    }

    @Override
    Path fixture() {
        return Fixtures.path(Fixtures.OPENSANCTIONS);
    }

    @Override
    String expectedHash() throws Exception {
        return FileDigest.sha256(Files.readAllBytes(fixture()));
    }

    @Test
    void theLicenceNoticeSaysNonCommercial() {
        assertThat(new OpenSanctionsSimpleReader().licenceNotice()).hasValue(OpenSanctionsSimpleReader.LICENCE_NOTICE);
        assertThat(OpenSanctionsSimpleReader.LICENCE_NOTICE).contains("CC BY-NC 4.0", "commercial use needs a licence");
        assertThat(new UnConsolidatedListReader().licenceNotice()).isEmpty();
    }

    @Test
    void aPersonWithAliasesDatesCountriesIdentifiersAndSanctions() throws Exception {
        // NK-fixture-petrov: aliases "Ivan Petrov;Иван Сергеевич Петров", birth_date 1960-01-01;1961, countries
        // ru;cy, identifiers 7512345678;770000000001, sanctions "EU Council Regulation 269/2014;US OFAC RUSSIA-EO14024"
        ListEntry petrov = read().entries().get(0);
        assertThat(petrov.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(petrov.names()).containsExactly(
                new ListedName("Ivan Sergeyevich Petrov", AliasQuality.PRIMARY, null),
                new ListedName("Ivan Petrov", AliasQuality.STRONG, null),
                new ListedName("Иван Сергеевич Петров", AliasQuality.STRONG, null));
        assertThat(petrov.birthDates()).containsExactly("1960-01-01", "1961");
        assertThat(petrov.countries()).containsExactlyInAnyOrder("RU", "CY");
        assertThat(petrov.identifiers()).containsExactly(new Identifier("other", "7512345678", null),
                new Identifier("other", "770000000001", null));
        assertThat(petrov.programmes()).containsExactly("EU Council Regulation 269/2014", "US OFAC RUSSIA-EO14024");
        assertThat(petrov.listedOn()).isNull();
    }

    @Test
    void schemasAndNonIsoCountryCodes() throws Exception {
        // NK-fixture-emt Company, countries ru;suhh (suhh: OpenSanctions' code for the Soviet Union, not ISO);
        // NK-fixture-trader Vessel, countries pa;ir
        assertThat(read().entries()).extracting(ListEntry::kind)
                .containsExactly(EntryKind.PERSON, EntryKind.ORGANISATION, EntryKind.VESSEL);
        assertThat(read().entries().get(1).countries()).containsExactly("RU");
        assertThat(read().entries().get(2).countries()).containsExactlyInAnyOrder("PA", "IR");
    }

    @Test
    void theOlderHeaderWithoutProgramIdsReads() throws Exception {
        Path file = write(OLD_HEADER + "Q1,Organization,Acme,,,de,,,,,,sanctions,2022-01-01,2026-01-01\n");
        ListEntry acme = new OpenSanctionsSimpleReader().read(file).entries().get(0);
        assertThat(acme.kind()).isEqualTo(EntryKind.ORGANISATION);
        assertThat(acme.countries()).containsExactly("DE");
    }

    @Test
    void aMissingColumnABadDateAndAShortRecordAreRefused() throws Exception {
        assertThat(refusal(write("id,name\nQ1,Acme\n")).getMessage())
                .isEqualTo("targets.simple.csv: line 1, schema: missing column; the header must have id, schema, name");
        InvalidSanctionsListException badDate = refusal(write(OLD_HEADER
                + "Q1,Person,Ann,,1960-01-01,,,,,,,s,2022-01-01,2026-01-01\n"
                + "Q2,Person,Bob,,01/02/1960,,,,,,,s,2022-01-01,2026-01-01\n"));
        assertThat(badDate.getMessage()).isEqualTo(
                "targets.simple.csv: line 3, birth_date: entry Q2: not a date: '01/02/1960'");
        assertThat(refusal(write(OLD_HEADER + "Q1,Person,Ann,,1960\n")).problem()).startsWith("expected 14 fields");
        assertThat(refusal(write(OLD_HEADER + "Q1,Person,,,,,,,,,,s,2022-01-01,2026-01-01\n")).field())
                .isEqualTo("name");
    }

    private Path write(String text) throws Exception {
        Path file = folder.resolve("targets.simple.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static InvalidSanctionsListException refusal(Path file) {
        return catchThrowableOfType(InvalidSanctionsListException.class,
                () -> new OpenSanctionsSimpleReader().read(file));
    }
}
