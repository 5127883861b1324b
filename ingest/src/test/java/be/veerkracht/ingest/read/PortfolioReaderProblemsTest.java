package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.portfolio.InvalidPortfolioException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the {@code formats/comma} and {@code formats/semicolon} fixtures: each message is the one a
 * user must see, typed in by hand from the examples ({@code sourcing.csv: row 5, lead_time_days: must be
 * > 0, got -5}).
 */
class PortfolioReaderProblemsTest {

    @TempDir
    Path dir;

    @Test
    void a_negative_lead_time_names_file_row_and_column() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("sourcing.csv"), 5,
                "P-3,S-BE,100%,4.85,100,-5,1,1,DE,,400000,road,DAP,yes,14,7,,,30");

        assertThat(problems(folder)).containsExactly("sourcing.csv: row 5, lead_time_days: must be > 0, got -5");
    }

    @Test
    void every_problem_is_reported_not_just_the_first() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("parts.csv"), 3, "P-2,x,electronics,CONTROL,3OO,,,B,980.5,2500,30,3A001.a.7,84715000,0.3,");
        replaceLine(folder.resolve("suppliers.csv"), 4, "S-BE,Bevestigingstechniek Claes BV,XY,Aalst,,");
        replaceLine(folder.resolve("sourcing.csv"), 6, "P-4,S-NL,1,1.18,,14,,,,,,,,,,,,,");

        assertThat(problems(folder)).containsExactly(
                "parts.csv: row 3, annual_demand_units: not a number: '3OO'",
                "suppliers.csv: row 4, country: unknown country code 'XY': use ISO 3166-1 alpha-2, such as BE, DE or CN",
                // rows naming P-2 and S-BE, whose own rows failed, are not reported again
                "sourcing.csv: row 6, supplier_id: unknown supplier_id 'S-NL': it is not on the suppliers sheet");
    }

    @Test
    void shares_that_do_not_sum_to_one_name_the_part() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("sourcing.csv"), 2, "P-1,S-CN,0.7,212.4,,70,9,38,,,1500,sea,FOB Ningbo,true,120,30,,,60");

        // 0.7 + 0.2 = 0.9
        assertThat(problems(folder)).containsExactly(
                "sourcing.csv: share: the shares of part 'P-1' sum to 0.9000, not 1 (rows 2, 3)");
    }

    @Test
    void a_share_of_80_without_percent_sign_is_refused() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("sourcing.csv"), 2, "P-1,S-CN,80,212.4,,70,9,38,,,1500,sea,FOB Ningbo,true,120,30,,,60");

        assertThat(problems(folder)).containsExactly(
                "sourcing.csv: row 2, share: a share above 1 must be a percentage: write 80% (or 0.8), got 80");
    }

    @Test
    void a_missing_required_column_is_reported_once_not_per_row() throws Exception {
        Path folder = copyOf("comma");
        Path sourcing = folder.resolve("sourcing.csv");
        List<String> lines = Files.readAllLines(sourcing);
        Files.write(sourcing, lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))
                .replaceFirst(",[^,]*$", "")).map(l -> l.replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*),[^,]*", "$1"))
                .toList());

        assertThat(problems(folder)).containsExactly(
                "sourcing.csv: row 1, lead_time_days: required column 'lead_time_days' is missing from the header row");
    }

    @Test
    void a_decimal_point_in_a_semicolon_file_is_ambiguous() throws Exception {
        Path folder = copyOf("semicolon");
        replaceLine(folder.resolve("parts.csv"), 4, "P-3;Bout M8x30;fasteners;BOLTS;250 000;2.400;pcs;c;0.04;;30.000;;;0,018;Els");

        assertThat(problems(folder)).containsExactly("parts.csv: row 4, margin_eur_per_unit: '0.04' is ambiguous:"
                + " a ';'-separated file uses decimal commas (1.234,56); write 0,04");
    }

    @Test
    void a_decimal_comma_in_a_comma_file_says_how_to_fix_it() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("parts.csv"), 5, "P-4,Kogellager 6205,bearings,,24000,300,pcs,,\"1,9\",,5200,,,,");

        assertThat(problems(folder)).containsExactly("parts.csv: row 5, margin_eur_per_unit: '1,9': a ','-separated"
                + " file uses decimal points and no thousands grouping; write 1.9, or save the file with ';' separators");
    }

    @Test
    void a_missing_sheet_and_a_missing_file() throws Exception {
        Path folder = copyOf("comma");
        Files.delete(folder.resolve("suppliers.csv"));

        assertThat(problems(folder)).first().asString()
                .isEqualTo("comma: the required sheet 'suppliers' is missing (a folder of CSV files needs suppliers.csv)");
        assertThat(problems(dir.resolve("nothing-here.xlsx"))).singleElement().asString()
                .startsWith("nothing-here.xlsx: file or folder not found:");
    }

    @Test
    void a_csv_renamed_to_xlsx_is_unreadable_not_a_crash() throws Exception {
        Path fake = dir.resolve("export.xlsx");
        Files.writeString(fake, "part_id;annual_demand_units\nP-1;5\n");

        assertThat(problems(fake)).singleElement().asString().startsWith("export.xlsx: cannot read the file:");
    }

    @Test
    void messages_come_in_dutch_and_french() throws Exception {
        Path folder = copyOf("comma");
        replaceLine(folder.resolve("sourcing.csv"), 5,
                "P-3,S-BE,100%,4.85,100,-5,1,1,DE,,400000,road,DAP,yes,14,7,,,30");
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(folder));

        assertThat(e.report(new Locale("nl"))).isEqualTo("sourcing.csv: rij 5, lead_time_days: moet > 0 zijn, kreeg -5");
        assertThat(e.report(Locale.FRENCH)).isEqualTo("sourcing.csv: ligne 5, lead_time_days: doit être > 0, reçu -5");
    }

    private List<String> problems(Path path) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(path));
        assertThat(e).as("expected the import to fail").isNotNull();
        return e.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    private Path copyOf(String fixture) throws Exception {
        Path source = PortfolioReaderFormatsTest.fixture(fixture);
        Path copy = dir.resolve(fixture);
        Files.createDirectories(copy);
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** Replaces spreadsheet row {@code row} (header = 1) keeping the file's charset (UTF-8 here). */
    private static void replaceLine(Path file, int row, String text) throws IOException {
        Charset utf8 = StandardCharsets.UTF_8;
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, utf8));
        lines.set(row - 1, text);
        Files.write(file, lines, utf8);
    }
}
