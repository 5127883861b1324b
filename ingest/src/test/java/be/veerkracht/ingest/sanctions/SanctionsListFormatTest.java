package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.screening.ListSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Picking the reader by source and recognising a file by its first bytes. */
class SanctionsListFormatTest {

    @TempDir
    Path folder;

    @Test
    void eachFixtureIsRecognised() throws Exception {
        assertThat(SanctionsListFormat.detect(Fixtures.path(Fixtures.EU))).isEqualTo(SanctionsListFormat.EU_FSF_XML);
        assertThat(SanctionsListFormat.detect(Fixtures.path(Fixtures.UN)))
                .isEqualTo(SanctionsListFormat.UN_CONSOLIDATED_XML);
        assertThat(SanctionsListFormat.detect(Fixtures.path(Fixtures.OFAC_FOLDER)))
                .isEqualTo(SanctionsListFormat.OFAC_SDN_CSV);
        assertThat(SanctionsListFormat.detect(Fixtures.path(Fixtures.OFAC_FOLDER).resolve("SDN.CSV")))
                .isEqualTo(SanctionsListFormat.OFAC_SDN_CSV);
        assertThat(SanctionsListFormat.detect(Fixtures.path(Fixtures.OPENSANCTIONS)))
                .isEqualTo(SanctionsListFormat.OPENSANCTIONS_SIMPLE_CSV);
    }

    @Test
    void anUnknownFileOrFolderIsRefused() throws Exception {
        Path csv = Files.writeString(folder.resolve("parts.csv"), "part_id;name\nP1;Bolt\n");
        assertThat(catchThrowableOfType(InvalidSanctionsListException.class, () -> SanctionsListFormat.detect(csv))
                .problem()).contains("not a recognised sanctions list");
        Path empty = Files.createDirectory(folder.resolve("empty"));
        assertThat(catchThrowableOfType(InvalidSanctionsListException.class, () -> SanctionsListFormat.detect(empty)))
                .isNotNull();
    }

    @Test
    void everySourceHasAFormatAndItsReader() {
        for (ListSource source : ListSource.values()) {
            SanctionsListFormat format = SanctionsListFormat.of(source);
            assertThat(format.source()).isEqualTo(source);
            assertThat(format.reader(LocalDate.of(2026, 2, 27)).source()).isEqualTo(source);
        }
    }

    @Test
    void theCallersDateIsUsedOnlyWhenTheFileHasNone() throws Exception {
        LocalDate given = LocalDate.of(2020, 1, 1);
        assertThat(SanctionsListFormat.UN_CONSOLIDATED_XML.reader(given).read(Fixtures.path(Fixtures.UN)).version()
                .publicationDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(SanctionsListFormat.OPENSANCTIONS_SIMPLE_CSV.reader(given).read(Fixtures.path(
                Fixtures.OPENSANCTIONS)).version().publicationDate()).isEqualTo(given);
    }
}
