package be.veerkracht.ingest.sanctions;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a list's CSV file with Apache Commons CSV (RFC 4180 quoting, fields over several lines,
 * spaces around a field ignored), decoding UTF-8 and falling back to Windows-1252 for files that are not valid
 * UTF-8 (older OFAC exports). A leading byte-order mark and the DOS end-of-file mark (Ctrl-Z) OFAC appends are
 * dropped; blank records are skipped. Each record is handed over with the line on which it ends.
 */
final class CsvRecords {

    /** The end-of-file character some OFAC exports carry. */
    static final char DOS_END_OF_FILE = '\u001a';
    private static final char BYTE_ORDER_MARK = '\ufeff';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRecords() {
    }

    /** Decodes the bytes of a list file: strict UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == DOS_END_OF_FILE || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Parses {@code text} with {@code format} and gives every non-blank record and its line to {@code onRecord}.
     *
     * @throws InvalidSanctionsListException when the CSV itself is broken (an unclosed quote, a truncated file)
     */
    static void forEach(String fileName, String text, CSVFormat format, BiConsumer<CSVRecord, Long> onRecord) {
        forEach(fileName, text, format, header -> { }, onRecord);
    }

    /** As {@link #forEach(String, String, CSVFormat, BiConsumer)}, first giving the header names to {@code onHeader}. */
    static void forEach(String fileName, String text, CSVFormat format, Consumer<List<String>> onHeader,
                        BiConsumer<CSVRecord, Long> onRecord) {
        CSVFormat lenient = format.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = lenient.parse(new StringReader(text))) {
            onHeader.accept(parser.getHeaderNames());
            try {
                for (CSVRecord record : parser) {
                    if (!blank(record)) {
                        onRecord.accept(record, Math.max(1, parser.getCurrentLineNumber()));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw new InvalidSanctionsListException(fileName, parser.getCurrentLineNumber() + 1, null,
                        "broken CSV: " + rootMessage(broken), broken);
            }
        } catch (IOException broken) {
            throw new InvalidSanctionsListException(fileName, InvalidSanctionsListException.NO_LINE, null,
                    "broken CSV: " + broken.getMessage(), broken);
        }
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
