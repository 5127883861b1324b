package be.veerkracht.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A catch-all red flag (Reg. (EU) 2021/821, Art. 4 and 5): an authorisation is required even for items not listed
 * in Annex I when the end use is of concern. It triggers on a declared {@link EndUseCategory} or on a keyword in the
 * end-use text (whole words, any case).
 *
 * @param categories the declared end uses that trigger it
 * @param keywords   words or phrases of the end-use text that trigger it, lower case
 * @param scope      where it applies
 */
public record CatchAll(String id, String text, String source, Confidence confidence, Set<EndUseCategory> categories,
                       List<String> keywords, Scope scope) implements ExportRule {

    /** Where a catch-all applies. */
    public enum Scope {
        /** Any export to a third country (Art. 4(1)(a), Art. 5(1)). */
        ANY_THIRD_COUNTRY,
        /** Only to a destination under an arms embargo (Art. 4(1)(b)). */
        ARMS_EMBARGOED_DESTINATION
    }

    public CatchAll {
        ExportRule.requireCommon(id, text, source, confidence);
        categories = Set.copyOf(categories);
        keywords = keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty())
                .toList();
        Objects.requireNonNull(scope, "scope");
        if (categories.isEmpty() && keywords.isEmpty()) {
            throw new IllegalArgumentException(id + ": a catch-all needs an end-use category or a keyword");
        }
    }
}
