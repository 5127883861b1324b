package be.veerkracht.compliance;

import java.util.Objects;

/** A rule as cited in a decision: its id, text, legal source and how far its data was checked. */
public record AppliedRule(String id, String text, String source, Confidence confidence) {

    public AppliedRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }
}
