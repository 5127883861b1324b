package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.sourcing.landed.DutyRates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutyRateFileReaderTest {

    @TempDir
    Path folder;

    @Test
    void reads_a_dutch_excel_file_with_decimal_commas_and_dotted_codes() throws Exception {
        Path file = write("HS prefix;Origin;Rate percent;Source\r\n8483.40;MFN;2,7;TARIC as we read it\r\n"
                + "8483 40;preferential;0;EVFTA\r\n");
        DutyRates rates = DutyRateFileReader.read(file);
        assertThat(rates.rows()).hasSize(2);
        assertThat(rates.decide("8483409000", CountryCode.parse("CN"), TradeRelation.MFN).ratePercent()
                .orElseThrow()).isEqualByComparingTo("2.7");
        assertThat(rates.decide("8483409000", CountryCode.parse("VN"), TradeRelation.FTA).ratePercent()
                .orElseThrow()).isEqualByComparingTo("0");
    }

    @Test
    void every_bad_row_is_reported_with_file_row_and_column() throws Exception {
        Path file = write("hs_prefix,origin,rate_percent\n84,MFN,2\n8483,XYZ,2\n8483,MFN,120\n8484,MFN,\n"
                + "7318,CN,1\n7318,cn,2\n");
        String report = catchThrowableOfType(InvalidReferenceDataException.class, () -> DutyRateFileReader.read(file))
                .report(Locale.ENGLISH);
        assertThat(report.lines()).containsExactlyInAnyOrder(
                file + ": row 2, hs_prefix: must be a customs code of 4 to 10 digits, got '84'",
                file + ": row 3, origin: must be one of MFN|PREFERENTIAL|an ISO 3166-1 alpha-2 code, got 'XYZ'",
                file + ": row 4, rate_percent: must be between 0% and 100%, got 120",
                file + ": row 5, rate_percent: required, but empty",
                file + ": row 7, hs_prefix: '7318,CN' appears more than once (first on row 6)");
    }

    @Test
    void a_missing_column_or_file_is_reported() throws Exception {
        Path file = write("hs_prefix,rate_percent\n8483,2\n");
        assertThat(catchThrowableOfType(InvalidReferenceDataException.class, () -> DutyRateFileReader.read(file))
                .report(Locale.ENGLISH)).contains("origin");
        Path missing = folder.resolve("none.csv");
        assertThat(catchThrowableOfType(InvalidReferenceDataException.class, () -> DutyRateFileReader.read(missing))
                .report(Locale.ENGLISH)).isEqualTo(missing + ": file or folder not found: " + missing);
    }

    private Path write(String text) throws Exception {
        Path file = folder.resolve("duty-rates.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
