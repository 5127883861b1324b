package be.veerkracht.web.screening;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.screening.ListSource;
import be.veerkracht.store.screening.ReviewDecision;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a screening request, from a form or a JSON body, read and checked: one method per request. Every
 * refusal names the field ({@link ScreeningRefusal#badField}).
 */
final class ScreeningInput {

    /** Longest name screened, in characters: the longest UN entry name is about 170. */
    static final int MAX_NAME = 300;
    /** Longest review reason, in characters. */
    static final int MAX_REASON = 2000;
    /** What a counterparty reference starts with ({@code PortfolioCounterparties}, the name form). */
    static final String[] REF_PREFIXES = {"supplier:", "customer:", "name:"};

    private final Function<String, String> fields;

    ScreeningInput(Function<String, String> fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** One name typed in: {@code name}, optional {@code country}. */
    NameRequest name() {
        return new NameRequest(text("name", MAX_NAME), country("country"));
    }

    /** A decision: {@code counterparty}, {@code list}, {@code entry_id}, {@code decision}, {@code reason}. */
    ReviewRequest review() {
        String counterparty = text("counterparty", MAX_NAME + 10);
        boolean known = false;
        for (String prefix : REF_PREFIXES) {
            known |= counterparty.startsWith(prefix) && counterparty.length() > prefix.length();
        }
        if (!known) {
            throw ScreeningRefusal.badField("counterparty", ScreeningText.ERROR_COUNTERPARTY, counterparty);
        }
        return new ReviewRequest(counterparty, source("list", true), text("entry_id", MAX_NAME), decision(),
                text("reason", MAX_REASON));
    }

    /** The list source, {@code eu}, {@code un}, {@code ofac} or {@code opensanctions}; null when optional and empty. */
    ListSource source(String field, boolean required) {
        String given = fields.apply(field);
        if (given == null || given.isBlank() || "detect".equals(given.strip())) {
            if (required) {
                throw ScreeningRefusal.badField(field, ScreeningText.ERROR_REQUIRED);
            }
            return null;
        }
        try {
            return ListSource.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw ScreeningRefusal.badField(field, ScreeningText.ERROR_CHOICE, "eu, un, ofac, opensanctions", given);
        }
    }

    private ReviewDecision decision() {
        String given = text("decision", 40);
        try {
            return ReviewDecision.valueOf(given.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException bad) {
            throw ScreeningRefusal.badField("decision", ScreeningText.ERROR_CHOICE, "true_match, false_positive",
                    given);
        }
    }

    private String text(String field, int max) {
        String given = fields.apply(field);
        if (given == null || given.isBlank()) {
            throw ScreeningRefusal.badField(field, ScreeningText.ERROR_REQUIRED);
        }
        if (given.length() > max) {
            throw ScreeningRefusal.badField(field, ScreeningText.ERROR_TOO_LONG, max);
        }
        return given.strip();
    }

    private String country(String field) {
        String given = fields.apply(field);
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        try {
            return new CountryCode(code).alpha2();
        } catch (IllegalArgumentException bad) {
            throw ScreeningRefusal.badField(field, ScreeningText.ERROR_COUNTRY, given);
        }
    }

    /** One name to screen; {@code country} ISO 3166-1 alpha-2 or null. */
    record NameRequest(String name, String country) {
    }

    /** A reviewer's decision on a hit. */
    record ReviewRequest(String counterparty, ListSource list, String entryId, ReviewDecision decision,
                         String reason) {
    }
}
