package be.veerkracht.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes as Belgian ERPs and Excel write them: UTF-8 with or without a byte-order mark, or
 * Windows-1252 (Excel's "CSV (separated by ;)" on a Western-European Windows) when the bytes are not valid UTF-8.
 * Valid UTF-8 is almost never produced by accident from Windows-1252 text with accents (the accented byte would
 * have to be followed by continuation bytes), so trying strict UTF-8 first is safe.
 */
public final class CsvText {

    /** Excel's Western-European code page. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    /** The text, and which charset it was in. */
    public record Decoded(String text, Charset charset, boolean bom) {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWithBom(bytes)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }
}
