package be.veerkracht.store.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON text the audit chain hashes: what Python's
 * {@code json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)} writes, so an auditor can
 * recompute every hash with a standard tool (docs/audit-chain.md). Object members sorted by key in Unicode code
 * point order, no whitespace, strings escaped only where JSON requires ({@code \" \\ \b \f \n \r \t}, other
 * control characters as lower-case <code>&#92;u00XX</code>), everything else written as is and encoded as UTF-8.
 *
 * <p>Limits, so that the text is the same in every tool: numbers must be integers (write a decimal as a string,
 * which also keeps it exact), and strings must be well-formed UTF-16 (no lone surrogates).
 */
final class CanonicalJson {

    /** Sorts keys as Python and UTF-8 byte order do; String's own order differs above U+FFFF. */
    static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareCodePoints;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CharacterEscapes ESCAPES = new PythonEscapes();

    private CanonicalJson() {
    }

    /** Parses JSON text strictly: duplicate keys and trailing content are errors. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("not valid JSON: " + malformed.getOriginalMessage(), malformed);
        }
    }

    /** A tree of maps, lists, strings, integers, booleans and nulls. */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** The canonical text of a JSON value; throws {@link IllegalArgumentException} outside the limits. */
    static String write(JsonNode value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.setCharacterEscapes(ESCAPES);
            write(value, generator);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    private static void write(JsonNode value, JsonGenerator out) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                List<String> keys = new ArrayList<>();
                value.fieldNames().forEachRemaining(keys::add);
                keys.sort(CODE_POINT_ORDER);
                for (String key : keys) {
                    out.writeFieldName(wellFormed(key));
                    write(value.get(key), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                    write(items.next(), out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(wellFormed(value.textValue()));
            case NUMBER -> {
                if (!value.isIntegralNumber()) {
                    throw new IllegalArgumentException("only whole numbers are allowed, got " + value
                            + "; write a decimal as a string");
                }
                out.writeNumber(value.bigIntegerValue());
            }
            case BOOLEAN -> out.writeBoolean(value.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    private static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "text has a lone surrogate U+%04X at index %d", (int) c, i));
            }
        }
        return text;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Jackson's escapes with Python's lower-case hex for the control characters that have no short form. */
    private static final class PythonEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final int FIRST_PRINTABLE = 0x20;

        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        PythonEscapes() {
            for (int c = 0; c < FIRST_PRINTABLE; c++) {
                if (asciiEscapes[c] == ESCAPE_STANDARD) {
                    asciiEscapes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < FIRST_PRINTABLE ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}
