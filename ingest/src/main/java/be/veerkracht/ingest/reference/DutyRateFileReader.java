package be.veerkracht.ingest.reference;

import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.landed.DutyRate;
import be.veerkracht.sourcing.landed.DutyRates;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a user's duty-rate file (docs/landed-cost.md): a CSV with the columns {@code hs_prefix} (4 to 10 digits,
 * dots and blanks dropped), {@code origin} ({@code MFN}, {@code PREFERENTIAL} or an ISO alpha-2 code),
 * {@code rate_percent} (0..100, ad valorem on the customs value) and optionally {@code source}; {@code ,} or
 * {@code ;} with the matching decimal mark. Every problem is reported, each naming file, row and column.
 */
public final class DutyRateFileReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DutyRateFileReader() {
    }

    public static DutyRates read(Path file) throws InvalidReferenceDataException {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            problems.add(Problem.of(RowOrigin.wholeFile(file.toString(), null), null,
                    Files.exists(file) ? ProblemKey.FILE_UNREADABLE : ProblemKey.FILE_NOT_FOUND,
                    Files.exists(file) ? unreadable.getMessage() : file));
            throw new InvalidReferenceDataException(problems);
        }
        List<DutyRate> rates = new ArrayList<>();
        TransportRows.read(TransportFile.DUTY_RATES, file.toString(), bytes, true, problems).ifPresent(rows ->
                rows.values().forEach(row -> {
                    ReferenceFields f = new ReferenceFields(row, problems);
                    BigDecimal rate = TransportReferenceLoader.nonNegative(f, "rate_percent");
                    if (rate != null && rate.compareTo(HUNDRED) > 0) {
                        f.problem("rate_percent", ProblemKey.SHARE_PERCENT_OUT_OF_RANGE, f.text("rate_percent"));
                    }
                    if (f.clean()) {
                        String[] key = row.key().split("\\|");
                        rates.add(new DutyRate(key[0], key[1], rate, f.text(TransportFile.Columns.SOURCE)));
                    }
                }));
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return new DutyRates(rates);
    }
}
