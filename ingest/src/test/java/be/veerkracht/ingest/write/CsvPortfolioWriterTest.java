package be.veerkracht.ingest.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-level checks of CSV files written from {@link SmallPortfolio}, whose values are typed in by hand. */
class CsvPortfolioWriterTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private static String text(Path file, Charset charset) throws IOException {
        return new String(Files.readAllBytes(file), charset);
    }

    private static List<String> lines(Path file, Charset charset) throws IOException {
        return List.of(text(file, charset).split("\r\n"));
    }

    @Test
    void writesTheFourFilesInSheetOrder() throws IOException {
        List<Path> files = new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), folder);

        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("parts.csv", "suppliers.csv", "sourcing.csv", "tooling.csv");
    }

    @Test
    void headerIsTheSchemaThenTheSortedAttributes() throws IOException {
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), folder);

        String schema = String.join(",", Sheet.PARTS.columns().stream().map(Column::name).toList());
        // SmallPortfolio parts carry "buyer" (both) and "drawing" (P-1 only): sorted, buyer first.
        assertThat(lines(folder.resolve("parts.csv"), UTF_8).get(0)).isEqualTo(schema + ",buyer,drawing");
    }

    @Test
    void commaDialectWritesDecimalPointsAndQuotesOnlyWhereNeeded() throws IOException {
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), folder);

        List<String> parts = lines(folder.resolve("parts.csv"), UTF_8);
        // P-1: demand 12345, sd 8.5, margin 145.5 written with two decimals, on hand 350, weight 12.4; the
        // description has a comma so it is quoted; P-2's has quotes, doubled inside quotes (RFC 4180, 2.7).
        assertThat(parts.get(1)).isEqualTo(
                "P-1,\"Carter usiné, Ø80\",castings,housings,12345,8.5,pcs,A,145.50,,350,,7325,12.4,B01,DRW-1");
        assertThat(parts.get(2)).isEqualTo(
                "P-2,\"Bolt M12 \"\"special\"\"\",fasteners,,1000000,0,pcs,C,,,0,3A001.a.1,,,B02,");
        assertThat(text(folder.resolve("suppliers.csv"), UTF_8)).contains("\"ISO 9001, ISO 14001\"");
    }

    @Test
    void sourcingRowsCarryEveryFieldInSchemaOrder() throws IOException {
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), folder);

        List<String> sourcing = lines(folder.resolve("sourcing.csv"), UTF_8);
        // Rows sorted by part then supplier (Portfolio order). P-1/S-2 from SmallPortfolio.castingFromNingbo().
        assertThat(sourcing.get(2)).isEqualTo(
                "P-1,S-2,0.2,9.8765,1,56,7.5,35,CN,,3000,sea,FOB,true,120,30,,,90,FC-2024-0001");
        // P-2/S-1: the candidate at share 0, not qualified, 90 days and EUR 15000.00 to qualify.
        assertThat(sourcing.get(3)).isEqualTo("P-2,S-1,0,0.20,1,10,0,,BE,,,road,,false,,,90,15000.00,,");
        // P-2/S-2: EUR 12.50 per 100 pieces.
        assertThat(sourcing.get(4)).startsWith("P-2,S-2,1,12.50,100,60,");
    }

    @Test
    void semicolonDialectWritesDecimalCommas() throws IOException {
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), folder);

        String sourcing = text(folder.resolve("sourcing.csv"), UTF_8);
        // 12.5 EUR per 100 (boltFromNingbo) → 12,50; share 0.8 (castingFromFoundry) → 0,8; 9.8765 → 9,8765.
        assertThat(sourcing).contains(";12,50;100;").contains("P-1;S-1;0,8;12,50;").contains(";9,8765;")
                .doesNotContain("12.5");
        assertThat(lines(folder.resolve("parts.csv"), UTF_8).get(1))
                .startsWith("P-1;Carter usiné, Ø80;castings;housings;12345;8,5;pcs;A;145,50;");
    }

    @Test
    void semicolonDialectGroupsThousandsWhenAsked() throws IOException {
        new CsvPortfolioWriter(new CsvLayout(CsvDialect.SEMICOLON, CsvEncoding.UTF_8, true))
                .write(SmallPortfolio.withTools(), folder);

        // Demand 12345 → 12.345 and 1000000 → 1.000.000; tool cost 150000 → 150.000,00; 250000 shots → 250.000.
        assertThat(lines(folder.resolve("parts.csv"), UTF_8).get(1)).contains(";12.345;8,5;");
        assertThat(lines(folder.resolve("parts.csv"), UTF_8).get(2)).contains(";1.000.000;");
        assertThat(lines(folder.resolve("tooling.csv"), UTF_8).get(1))
                .isEqualTo("T-1;P-1;S-1;150.000,00;120;us;250.000");
    }

    @Test
    void windows1252WritesEAcuteAsOneByteE9AndNoBom() throws IOException {
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.WINDOWS_1252))
                .write(SmallPortfolio.withTools(), folder);

        byte[] bytes = Files.readAllBytes(folder.resolve("suppliers.csv"));
        // "Lefèvre" has è (0xE8 in Windows-1252) and "Liège" too; "Carter usiné" has é (0xE9).
        assertThat(bytes[0]).isEqualTo((byte) 's');
        assertThat(indexOf(bytes, "Lef\u00E8vre".getBytes(WINDOWS_1252))).isNotNegative();
        assertThat(indexOf(Files.readAllBytes(folder.resolve("parts.csv")), new byte[] {'u', 's', 'i', 'n',
                (byte) 0xE9})).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xA8})).as("no UTF-8 è").isNegative();
        assertThat(text(folder.resolve("suppliers.csv"), WINDOWS_1252)).contains(SmallPortfolio.FOUNDRY_NAME);
    }

    @Test
    void utf8WithBomStartsWithTheBomAndPlainUtf8DoesNot() throws IOException {
        Path withBom = folder.resolve("bom");
        Path without = folder.resolve("plain");
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.UTF_8_BOM))
                .write(SmallPortfolio.withTools(), withBom);
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withTools(), without);

        // SmallPortfolio has no products, BOM or customers: the four sheets it fills
        for (Sheet sheet : List.of(Sheet.PARTS, Sheet.SUPPLIERS, Sheet.SOURCING, Sheet.TOOLING)) {
            byte[] bom = Files.readAllBytes(withBom.resolve(sheet.csvFileName()));
            byte[] plain = Files.readAllBytes(without.resolve(sheet.csvFileName()));
            assertThat(Arrays.copyOf(bom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(Arrays.copyOfRange(bom, 3, bom.length)).isEqualTo(plain);
            assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
        }
        // é in UTF-8 is C3 A9 (RFC 3629).
        assertThat(indexOf(Files.readAllBytes(without.resolve("parts.csv")), new byte[] {(byte) 0xC3, (byte) 0xA9}))
                .isNotNegative();
    }

    @Test
    void noToolingFileWithoutToolsAndAnOldOneIsRemoved() throws IOException {
        Files.writeString(folder.resolve("Tooling.CSV"), "tool_id,part_id,supplier_id\nT-9,P-9,S-9\n");
        Files.writeString(folder.resolve("notes.txt"), "kept");

        List<Path> files = new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8))
                .write(SmallPortfolio.withoutTools(), folder);

        assertThat(files).hasSize(3);
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("parts.csv", "suppliers.csv", "sourcing.csv", "notes.txt");
        }
    }

    @Test
    void textWindows1252CannotHoldIsRefusedWithItsPlace() throws Exception {
        Portfolio polish = PortfolioAssembly.of(List.of(), List.of(new Supplier(new SupplierId("S-1"),
                "Odlewnia Łódź Sp. z o.o.", new CountryCode("PL"), null, null, null, Map.of())), List.of(), List.of());
        CsvPortfolioWriter writer = new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.WINDOWS_1252));

        assertThatThrownBy(() -> writer.write(polish, folder))
                .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
                    assertThat(e.file()).isEqualTo("suppliers.csv");
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("name");
                });
        // The same text is fine in UTF-8.
        new CsvPortfolioWriter(CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.UTF_8)).write(polish, folder);
        assertThat(text(folder.resolve("suppliers.csv"), UTF_8)).contains("Łódź");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
