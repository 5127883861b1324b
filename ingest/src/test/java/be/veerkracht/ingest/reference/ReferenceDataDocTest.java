package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.Zone;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/reference-data.md} true: every column, zone and named footprint of the shipped set is in it. */
class ReferenceDataDocTest {

    private static String doc() throws Exception {
        return Files.readString(Path.of("..", "docs", "reference-data.md"));
    }

    @Test
    void every_column_is_documented_under_its_file() throws Exception {
        String doc = doc();
        for (ReferenceFile file : ReferenceFile.values()) {
            int section = doc.indexOf("## `" + file.fileName() + "`");
            assertThat(section).as("section for " + file.fileName()).isPositive();
            int next = doc.indexOf("\n## ", section + 1);
            String table = doc.substring(section, next < 0 ? doc.length() : next);
            for (String column : file.columns()) {
                assertThat(table).as(file.fileName() + "." + column).contains("| `" + column + "` |");
            }
        }
    }

    @Test
    void every_zone_and_named_footprint_has_its_rule_written_down() throws Exception {
        String doc = doc();
        for (Zone zone : ReferenceGeographyLoader.shipped().zones()) {
            assertThat(doc).as(zone.code()).contains("`" + zone.code() + "`:");
        }
        for (Footprint footprint : ReferenceGeographyLoader.shipped().footprints()) {
            if (ReferenceGeographyLoader.shipped().zone(footprint.code()).isEmpty()) {
                assertThat(doc).as(footprint.code()).contains("- `" + footprint.code() + "` =");
            }
        }
    }
}
