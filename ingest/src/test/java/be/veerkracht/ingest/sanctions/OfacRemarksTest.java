package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import org.junit.jupiter.api.Test;

/** The documented subset of OFAC remarks; the remark texts follow the forms of SDN.CSV. */
class OfacRemarksTest {

    private static ListEntry read(String remarks) {
        EntryDraft draft = new EntryDraft("1", EntryKind.PERSON).name("X", null, null);
        OfacRemarks.addTo(remarks, draft);
        return draft.build();
    }

    @Test
    void datesOfBirthInEveryForm() {
        assertThat(read("DOB 01 Jan 1960; alt. DOB Feb 1961; alt. DOB 1962; alt. DOB circa 1963.").birthDates())
                .containsExactly("1960-01-01", "1961-02", "1962", "1963");
        assertThat(read("DOB 1970 to 1972").birthDates()).containsExactly("1970", "1971", "1972");
        assertThat(read("DOB 1900 to 1950").birthDates()).containsExactly("1900", "1950");
        assertThat(read("DOB 31 Feb 1960; DOB sometime in the sixties").birthDates()).isEmpty();
    }

    @Test
    void nationalityAndCitizenshipByOfacCountryName() {
        assertThat(read("nationality Korea, North; alt. nationality Burma; citizen Iran; nationality Atlantis")
                .countries()).containsExactlyInAnyOrder("KP", "MM", "IR");
    }

    @Test
    void documentsWithAndWithoutCountry() {
        assertThat(read("Passport A1234567 (Russia) issued 01 Jan 2010 expires 01 Jan 2020; alt. Passport B7654321; "
                + "National ID No. 123-45 (Syria); SWIFT/BIC BNCUCUHH; Registration ID 42 (Kazakhstan)").identifiers())
                .containsExactly(new Identifier("passport", "A1234567", "RU"), new Identifier("passport", "B7654321",
                                null), new Identifier("national-id", "123-45", "SY"),
                        new Identifier("swift", "BNCUCUHH", null), new Identifier("regnumber", "42", "KZ"));
    }

    @Test
    void otherRemarksGiveNothing() {
        ListEntry entry = read("Gender Male; Secondary sanctions risk: section 1(b) of Executive Order 13224; "
                + "Website www.example.invalid");
        assertThat(entry.birthDates()).isEmpty();
        assertThat(entry.identifiers()).isEmpty();
        assertThat(entry.countries()).isEmpty();
        assertThat(entry.names()).hasSize(1);
    }
}
