package be.veerkracht.compliance;

import java.util.Objects;

/**
 * Something a person must look at before relying on a decision.
 *
 * @param kind    what kind of review
 * @param subject the item, component, rule or destination it is about
 * @param text    what to check, in plain English
 * @param source  the rule or article behind it
 */
public record ReviewFlag(Kind kind, String subject, String text, String source) {

    /** The kinds of review. */
    public enum Kind {
        /** The item (or a component) is not classified. */
        CLASSIFY_FIRST,
        /** A not-listed product holds a listed component: General Note 2 to Annex I. */
        PRINCIPAL_ELEMENT,
        /** The end use matches a catch-all red flag. */
        RED_FLAG_END_USE,
        /** The item is classified less finely than a rule that restricts it: classify to the sub-item. */
        FINER_CLASSIFICATION,
        /** A sanctions regime on the destination may reach beyond Annex I (not modelled item by item). */
        SANCTIONS_REVIEW,
        /** A rule that took part in the decision is marked unverified in the data. */
        UNVERIFIED_RULE
    }

    public ReviewFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
