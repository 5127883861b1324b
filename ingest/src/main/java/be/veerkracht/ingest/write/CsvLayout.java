package be.veerkracht.ingest.write;

import java.util.Objects;

/**
 * How a folder of CSV files is written: dialect, encoding, and whether the {@code ;} dialect groups thousands.
 *
 * @param groupThousands write 1.234,5 rather than 1234,5; only for {@link CsvDialect#SEMICOLON}
 */
public record CsvLayout(CsvDialect dialect, CsvEncoding encoding, boolean groupThousands) {

    public CsvLayout {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(encoding, "encoding");
        if (groupThousands && dialect != CsvDialect.SEMICOLON) {
            throw new IllegalArgumentException("only the ';' dialect groups thousands");
        }
    }

    /** Without thousands grouping. */
    public static CsvLayout of(CsvDialect dialect, CsvEncoding encoding) {
        return new CsvLayout(dialect, encoding, false);
    }
}
