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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EU FSF XML v1.1 reader. Expected values read by hand from eu_fsf_sample_1_1.xml (FIXTURES.md). */
class EuFinancialSanctionsReaderTest extends SanctionsListReaderContract {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-03-02T10:00:00.000+01:00\">\n";

    @TempDir
    Path folder;

    @Override
    SanctionsListReader createReader() {
        return new EuFinancialSanctionsReader();
    }

    @Override
    Path fixture() {
        return Fixtures.path(Fixtures.EU);
    }

    @Override
    String expectedHash() throws Exception {
        return FileDigest.sha256(Files.readAllBytes(fixture()));
    }

    @Test
    void theSampleHasTwoEntitiesDatedByGenerationDate() throws Exception {
        SanctionsList list = read();
        // generationDate="2026-01-01T00:00:00.000+01:00"
        assertThat(list.version().publicationDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(list.entries()).extracting(ListEntry::entryId).containsExactly("EU.27.28", "EU.99999.99");
    }

    @Test
    void eu2728IsAPersonWithTwoStrongNamesBirthCitizenshipAndProgramme() throws Exception {
        // subjectType person; nameAlias wholeName "Saddam Hussein Al-Tikriti" and "Abu Ali", both strong="true";
        // birthdate 1937-04-28; citizenship IQ; regulation programme IRQ publicationDate 2003-07-08 (the entity has
        // an empty designationDate); remark "UNSC RESOLUTION 1483"
        ListEntry saddam = read().entries().get(0);
        assertThat(saddam.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(saddam.names()).containsExactly(
                new ListedName("Saddam Hussein Al-Tikriti", AliasQuality.PRIMARY, null),
                new ListedName("Abu Ali", AliasQuality.STRONG, null));
        assertThat(saddam.birthDates()).containsExactly("1937-04-28");
        assertThat(saddam.countries()).containsExactly("IQ");
        assertThat(saddam.programmes()).containsExactly("IRQ");
        assertThat(saddam.listedOn()).isEqualTo("2003-07-08");
        assertThat(saddam.remarks()).isEqualTo("UNSC RESOLUTION 1483");
    }

    @Test
    void eu9999999IsAnEnterpriseWithRegistrationNumberAndAddress() throws Exception {
        // subjectType enterprise; nameAlias "Example Precision Components LLC" nameLanguage EN; identification
        // regnumber 0000000000000 RU; address countryIso2Code RU; designationDate 2025-02-24; programme RUS
        ListEntry company = read().entries().get(1);
        assertThat(company.kind()).isEqualTo(EntryKind.ORGANISATION);
        assertThat(company.names()).containsExactly(
                new ListedName("Example Precision Components LLC", AliasQuality.PRIMARY, "EN"));
        assertThat(company.identifiers()).containsExactly(new Identifier("regnumber", "0000000000000", "RU"));
        assertThat(company.countries()).containsExactly("RU");
        assertThat(company.listedOn()).isEqualTo("2025-02-24");
        assertThat(company.programmes()).containsExactly("RUS");
    }

    @Test
    void aWeakAliasAYearOfBirthAndTheUnknownCountry00() throws Exception {
        Path file = folder.resolve("eu.xml");
        Files.writeString(file, HEAD + "<sanctionEntity euReferenceNumber=\"EU.1.1\" logicalId=\"1\">\n"
                + "<subjectType code=\"person\"/>\n"
                + "<nameAlias firstName=\"Ivan\" middleName=\"\" lastName=\"Petrov\" wholeName=\"\" strong=\"true\"/>\n"
                + "<nameAlias wholeName=\"Vanya\" strong=\"false\" nameLanguage=\"RU\"/>\n"
                + "<birthdate year=\"1960\" birthdate=\"\"/>\n<birthdate year=\"1961\" monthOfYear=\"3\"/>\n"
                + "<citizenship countryIso2Code=\"00\"/>\n<address countryIso2Code=\"cy\"/>\n"
                + "</sanctionEntity>\n</export>\n", StandardCharsets.UTF_8);
        SanctionsList list = new EuFinancialSanctionsReader().read(file);
        ListEntry ivan = list.entries().get(0);
        assertThat(list.version().publicationDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ivan.names()).containsExactly(new ListedName("Ivan Petrov", AliasQuality.PRIMARY, null),
                new ListedName("Vanya", AliasQuality.WEAK, "RU"));
        assertThat(ivan.birthDates()).containsExactly("1960", "1961-03");
        assertThat(ivan.countries()).containsExactly("CY");
        assertThat(ivan.listedOn()).isNull();
    }

    @Test
    void anEntityWithoutSubjectTypeOrNameOrWithABadBirthDateIsRefused() throws Exception {
        Path noType = folder.resolve("no-type.xml");
        Files.writeString(noType, HEAD + "<sanctionEntity euReferenceNumber=\"EU.1.1\">\n"
                + "<nameAlias wholeName=\"X\"/>\n</sanctionEntity>\n</export>\n", StandardCharsets.UTF_8);
        assertThat(refusal(noType).getMessage()).isEqualTo(
                "no-type.xml: line 3, subjectType: entry EU.1.1 has no subjectType code");

        Path noName = folder.resolve("no-name.xml");
        Files.writeString(noName, HEAD + "<sanctionEntity logicalId=\"7\">\n<subjectType code=\"person\"/>\n"
                + "</sanctionEntity>\n</export>\n", StandardCharsets.UTF_8);
        assertThat(refusal(noName).field()).isEqualTo("nameAlias");

        Path badDate = folder.resolve("bad-date.xml");
        Files.writeString(badDate, HEAD + "<sanctionEntity logicalId=\"7\">\n<subjectType code=\"person\"/>\n"
                + "<nameAlias wholeName=\"X\"/>\n<birthdate birthdate=\"1960-13-01\"/>\n</sanctionEntity>\n</export>\n",
                StandardCharsets.UTF_8);
        InvalidSanctionsListException e = refusal(badDate);
        assertThat(e.field()).isEqualTo("birthdate");
        assertThat(e.line()).isEqualTo(6);
    }

    private static InvalidSanctionsListException refusal(Path file) {
        return catchThrowableOfType(InvalidSanctionsListException.class,
                () -> new EuFinancialSanctionsReader().read(file));
    }
}
