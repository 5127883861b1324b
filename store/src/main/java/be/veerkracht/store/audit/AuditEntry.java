package be.veerkracht.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One link of the audit chain. Its {@code hash} is the SHA-256 (FIPS 180-4), in lower-case hex, of the UTF-8
 * bytes of the {@link CanonicalJson canonical JSON} object with the members {@code action, actor, at, details,
 * prev_hash, seq, subject}; {@code at} is written {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC. An exported line is
 * the same object with {@code hash} added. docs/audit-chain.md shows a worked example.
 *
 * <p>The fields are only checked for form here; whether the hash matches is the chain's business
 * ({@link ChainWalk}), because a verifier must be able to hold a tampered entry.
 *
 * @param seq      1, 2, 3, ... without gaps
 * @param at       when, UTC, whole milliseconds
 * @param details  a JSON object in canonical form
 * @param prevHash the previous entry's hash; {@link #GENESIS_HASH} for the first
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
                         String prevHash, String hash) {

    /** The prev_hash of entry 1: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** How {@code at} is written: ISO 8601 in UTC with exactly three decimals, e.g. 2026-11-28T09:30:00.000Z. */
    public static final DateTimeFormatter AT_FORMAT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> LINE_FIELDS = Set.of(
            "seq", "at", "actor", "action", "subject", "details", "prev_hash", "hash");
    private static final int NANOS_PER_MILLI = 1_000_000;

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, got " + seq);
        }
        Objects.requireNonNull(at, "at");
        if (at.getNano() % NANOS_PER_MILLI != 0) {
            throw new IllegalArgumentException("at must be in whole milliseconds, got " + at);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        details = AuditEntryDraft.canonicalObject(Objects.requireNonNull(details, "details"));
        checkHex(prevHash, "prev_hash");
        checkHex(hash, "hash");
    }

    /** The entry following a chain whose last hash is {@code prevHash}, with its hash computed. */
    static AuditEntry seal(long seq, Instant at, AuditEntryDraft draft, String prevHash) {
        String hash = sha256Hex(hashedFields(seq, at, draft.actor(), draft.action(), draft.subject(),
                draft.details(), prevHash));
        return new AuditEntry(seq, at, draft.actor(), draft.action(), draft.subject(), draft.details(), prevHash,
                hash);
    }

    /** The hash this entry's content calls for; equal to {@link #hash} unless the entry was changed. */
    public String computedHash() {
        return sha256Hex(hashedFields());
    }

    /** The line this entry is exported as: canonical JSON with every field, hash included, no newline. */
    public String toJsonLine() {
        return CanonicalJson.write(hashedFields().put("hash", hash));
    }

    /** {@code at} as hashed and exported. */
    public String formattedAt() {
        return AT_FORMAT.format(at.atOffset(ZoneOffset.UTC));
    }

    /**
     * Reads an exported line; strict, so that a line another tool would hash differently is not accepted:
     * exactly the eight fields, {@code seq} a whole number, {@code at} in {@link #AT_FORMAT}.
     *
     * @throws IllegalArgumentException naming what is wrong with the line
     */
    public static AuditEntry fromJsonLine(String line) {
        JsonNode node = CanonicalJson.parse(line);
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Set<String> fields = new TreeSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(LINE_FIELDS)) {
            throw new IllegalArgumentException("fields must be " + new TreeSet<>(LINE_FIELDS) + ", got " + fields);
        }
        JsonNode seq = node.get("seq");
        if (!seq.isIntegralNumber() || !seq.canConvertToLong()) {
            throw new IllegalArgumentException("seq is not a whole number: " + seq);
        }
        JsonNode details = node.get("details");
        if (!details.isObject()) {
            throw new IllegalArgumentException("details is not a JSON object");
        }
        return new AuditEntry(seq.longValue(), parseAt(text(node, "at")), text(node, "actor"),
                text(node, "action"), text(node, "subject"), CanonicalJson.write(details),
                text(node, "prev_hash"), text(node, "hash"));
    }

    private ObjectNode hashedFields() {
        return hashedFields(seq, at, actor, action, subject, details, prevHash);
    }

    /** The seven hashed members; {@link CanonicalJson} puts them in order. */
    private static ObjectNode hashedFields(long seq, Instant at, String actor, String action, String subject,
                                          String details, String prevHash) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("seq", seq);
        fields.put("at", AT_FORMAT.format(at.atOffset(ZoneOffset.UTC)));
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("subject", subject);
        fields.set("details", CanonicalJson.parse(details));
        fields.put("prev_hash", prevHash);
        return fields;
    }

    /** SHA-256 (FIPS 180-4) of the canonical JSON's UTF-8 bytes, lower-case hex. */
    private static String sha256Hex(ObjectNode fields) {
        byte[] canonical = CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static Instant parseAt(String text) {
        try {
            return LocalDateTime.parse(text, AT_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException("at is not yyyy-MM-ddTHH:mm:ss.SSSZ: " + text, malformed);
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string: " + value);
        }
        return value.textValue();
    }

    private static void checkHex(String value, String field) {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex digits, got " + value);
        }
    }
}
