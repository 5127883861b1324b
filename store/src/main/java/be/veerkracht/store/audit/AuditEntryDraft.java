package be.veerkracht.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a caller wants recorded; {@link AuditLog} adds the sequence number, the time and the hashes.
 *
 * @param actor   who did it: the OS user name for a command-line action
 * @param action  what was done, dotted lower case, e.g. {@code portfolio.import}
 * @param subject what it was done to, e.g. {@code snapshot:7} or {@code supplier:S-100}
 * @param details a JSON object, kept in canonical form (sorted keys, no whitespace; see {@link CanonicalJson});
 *                numbers in it must be whole, so write amounts as strings
 */
public record AuditEntryDraft(String actor, String action, String subject, String details) {

    /** {@code area.verb}, lower case, e.g. {@code portfolio.import}, {@code gate.transition}. */
    public static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public AuditEntryDraft {
        actor = required(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must look like area.verb in lower case, got " + action);
        }
        subject = required(subject, "subject");
        details = canonicalObject(Objects.requireNonNull(details, "details"));
    }

    /** A draft whose details are a map of strings, whole numbers, booleans, nulls, lists and maps. */
    public static AuditEntryDraft of(String actor, String action, String subject, Map<String, ?> details) {
        return new AuditEntryDraft(actor, action, subject, CanonicalJson.write(CanonicalJson.tree(details)));
    }

    static String canonicalObject(String json) {
        JsonNode tree = CanonicalJson.parse(json);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("details must be a JSON object, got " + tree.getNodeType());
        }
        return CanonicalJson.write(tree);
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text;
    }
}
