package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.store.compliance.ItemRef;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.page.Labels;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The export-control codes in the visitor's words: statuses, sources, decisions, kinds, from {@link ComplianceText}. */
final class ComplianceWords {

    private ComplianceWords() {
    }

    /** Any enum constant by its text's prefix: {@code word(text, "DECISION_", Decision.UGEA)}. */
    static String word(Labels text, String prefix, Enum<?> value) {
        return text.get(ComplianceText.valueOf(prefix + value.name()));
    }

    /** A code as stored ({@code INDIVIDUAL_LICENCE}, {@code goods}) by its text's prefix. */
    static String word(Labels text, String prefix, String code) {
        try {
            return text.get(ComplianceText.valueOf(prefix + code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    static String status(Labels text, ControlStatus status) {
        if (status instanceof ControlStatus.Listed listed) {
            return text.get(ComplianceText.STATUS_LISTED, listed.code().code());
        }
        return text.get(status instanceof ControlStatus.NotListed ? ComplianceText.STATUS_NOT_LISTED
                : ComplianceText.STATUS_UNCLASSIFIED);
    }

    /** {@code listed}, {@code not-listed} or {@code unclassified}: the row's class and data attribute. */
    static String statusCode(ControlStatus status) {
        return status instanceof ControlStatus.Listed ? "listed"
                : status instanceof ControlStatus.NotListed ? "not-listed" : "unclassified";
    }

    static String reason(ControlStatus status) {
        return status instanceof ControlStatus.NotListed notListed ? notListed.reason() : null;
    }

    static String source(Labels text, RegisterEntry.Source source) {
        return word(text, "SOURCE_", source);
    }

    static String kind(Labels text, ItemRef item) {
        return word(text, "KIND_", item.kind());
    }

    /** The item's page: {@code /compliance/items/part/110010}. */
    static String itemPath(ItemRef item) {
        return "/compliance/items/" + item.kind().name().toLowerCase(Locale.ROOT) + "/"
                + URLEncoder.encode(item.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String orDash(Labels text, String value) {
        return value == null || value.isBlank() ? text.get(ComplianceText.NONE_GIVEN) : value;
    }
}
