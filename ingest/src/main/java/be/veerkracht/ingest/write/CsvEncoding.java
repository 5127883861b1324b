package be.veerkracht.ingest.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte encodings Belgian Excel and ERPs read and write: UTF-8 without a byte-order mark (most ERPs and
 * tools), UTF-8 with one (what Excel needs to open a UTF-8 CSV with accents correctly by double-click, "CSV UTF-8"),
 * and Windows-1252 (Excel's plain "CSV" on a Western-European Windows).
 */
public enum CsvEncoding {
    UTF_8(StandardCharsets.UTF_8, false),
    UTF_8_BOM(StandardCharsets.UTF_8, true),
    WINDOWS_1252(Charset.forName("windows-1252"), false);

    /** U+FEFF encoded in UTF-8 (RFC 3629, section 6). */
    private static final byte[] UTF_8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Charset charset;
    private final boolean byteOrderMark;

    CsvEncoding(Charset charset, boolean byteOrderMark) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    public Charset charset() {
        return charset;
    }

    /** The bytes that open the file: the byte-order mark, or none. */
    public byte[] preamble() {
        return byteOrderMark ? UTF_8_BYTE_ORDER_MARK.clone() : new byte[0];
    }
}
