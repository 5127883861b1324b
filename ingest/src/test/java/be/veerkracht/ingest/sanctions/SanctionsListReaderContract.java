package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.SanctionsList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The invariants every {@link SanctionsListReader} keeps, checked on each format's fixture; a test per format
 * extends this and adds its own cases (JGraphT's contract-test pattern).
 */
abstract class SanctionsListReaderContract {

    /** A reader of the format under test. */
    abstract SanctionsListReader createReader();

    /** The fixture of the format (a file, or OFAC's folder). */
    abstract Path fixture();

    /** SHA-256 of the fixture's bytes as the format defines it. */
    abstract String expectedHash() throws Exception;

    SanctionsList read() throws Exception {
        return createReader().read(fixture());
    }

    @Test
    void theVersionNamesTheSourceCountAndHash() throws Exception {
        SanctionsList list = read();
        assertThat(list.version().source()).isEqualTo(createReader().source());
        assertThat(list.version().entryCount()).isEqualTo(list.entries().size()).isPositive();
        assertThat(list.version().contentHash()).isEqualTo(expectedHash());
    }

    @Test
    void everyEntryHasOnePrimaryNameFirstAndAUniqueId() throws Exception {
        Set<String> ids = new HashSet<>();
        for (ListEntry entry : read().entries()) {
            assertThat(ids.add(entry.entryId())).as("unique id %s", entry.entryId()).isTrue();
            assertThat(entry.primaryName().quality()).isEqualTo(AliasQuality.PRIMARY);
            assertThat(entry.names().stream().filter(n -> n.quality() == AliasQuality.PRIMARY)).hasSize(1);
        }
    }

    @Test
    void countriesAreIsoAndDatesArePartialIsoDates() throws Exception {
        for (ListEntry entry : read().entries()) {
            assertThat(entry.countries()).allMatch(IsoCountries::isKnown);
            assertThat(entry.birthDates()).allMatch(date -> date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
            if (entry.listedOn() != null) {
                assertThat(entry.listedOn()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
            entry.identifiers().forEach(id -> assertThat(id.country() == null || IsoCountries.isKnown(id.country()))
                    .isTrue());
        }
    }

    @Test
    void readingTwiceGivesTheSameList() throws Exception {
        assertThat(read()).isEqualTo(read());
    }
}
