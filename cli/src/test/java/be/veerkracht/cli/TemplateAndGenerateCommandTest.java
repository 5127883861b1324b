package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user makes with the CLI must import again: the template (empty) and generated portfolios. */
class TemplateAndGenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_dutch_template_has_a_help_sheet_and_imports_as_an_empty_portfolio() throws Exception {
        Path template = dir.resolve("sjabloon.xlsx");
        CliRun run = CliRun.of("template", "--out", template.toString(), "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("help");
            assertThat(workbook.getSheet("sourcing").getRow(0).getCell(0).getStringCellValue()).isEqualTo("part_id");
        }
        CliRun imported = CliRun.of("import", template.toString(), "--db", db());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("0 parts, 0 suppliers, 0 sourcing links, 0 tools");
    }

    @Test
    void a_template_must_be_an_xlsx() {
        CliRun run = CliRun.of("template", "--out", dir.resolve("t.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out must name an .xlsx file");
    }

    @Test
    void generated_portfolios_import_with_the_counts_generate_printed() {
        Path xlsx = dir.resolve("g.xlsx");
        Path csv = dir.resolve("g-csv");
        CliRun wroteXlsx = CliRun.of("generate", "--parts", "300", "--suppliers", "60", "--seed", "7",
                "--out", xlsx.toString());
        CliRun wroteCsv = CliRun.of("generate", "--parts", "300", "--suppliers", "60", "--seed", "7",
                "--out", csv.toString(), "--dialect", "semicolon", "--encoding", "windows_1252");
        assertThat(wroteXlsx.exitCode()).as(wroteXlsx.err()).isZero();
        assertThat(wroteCsv.exitCode()).as(wroteCsv.err()).isZero();
        String counts = wroteXlsx.out().replaceAll("(?s).*: (\\d+ parts, \\d+ suppliers, \\d+ sourcing links, \\d+ tools).*",
                "$1").strip();
        assertThat(counts).startsWith("300 parts, 60 suppliers");

        CliRun fromXlsx = CliRun.of("import", xlsx.toString(), "--db", db());
        CliRun fromCsv = CliRun.of("import", csv.toString(), "--db", db());

        assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isZero();
        assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
        assertThat(fromXlsx.out()).contains(counts);
        assertThat(fromCsv.out()).contains(counts);
        // the same portfolio gives the same spend whichever way it was written
        assertThat(spend(fromXlsx.out())).isEqualTo(spend(fromCsv.out()));
    }

    @Test
    void a_size_out_of_range_is_bad_input() {
        CliRun run = CliRun.of("generate", "--parts", "-1", "--suppliers", "5", "--out", dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("partCount must be within 0..1000000, got -1");
    }

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private static String spend(String out) {
        return out.lines().filter(l -> l.contains("planned annual spend")).findFirst().orElseThrow();
    }
}
