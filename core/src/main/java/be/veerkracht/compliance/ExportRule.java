package be.veerkracht.compliance;

import java.util.Objects;

/**
 * One rule of an {@link ExportRuleSet}: every rule has an id, a plain-English text, its legal source (e.g.
 * "Reg. (EU) 2021/821, Annex II, Section A (EU001)") and how far the row was checked ({@link Confidence}). The kinds
 * are the parts of the regime the engine knows; the data (shipped CSV, user overrides) fills them.
 */
public sealed interface ExportRule permits UgeaAuthorisation, AnnexIvEntry, EuMemberState, BeneluxException, Embargo,
        CatchAll {

    String id();

    String text();

    String source();

    Confidence confidence();

    /** This rule as cited in a decision. */
    default AppliedRule applied() {
        return new AppliedRule(id(), text(), source(), confidence());
    }

    /** Checks the common fields; called from every rule's constructor. */
    static void requireCommon(String id, String text, String source, Confidence confidence) {
        for (String[] field : new String[][] {{"id", id}, {"text", text}, {"source", source}}) {
            Objects.requireNonNull(field[1], field[0]);
            if (field[1].isBlank()) {
                throw new IllegalArgumentException("an export-control rule needs its " + field[0]);
            }
        }
        Objects.requireNonNull(confidence, "confidence");
    }
}
