package be.veerkracht.compliance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the {@link ExportCheck} to one {@link ExportQuery}, with everything needed to trace it: the rules
 * applied, what a person must review, the version of the rules used and a plain-language explanation.
 *
 * @param query          the question
 * @param decision       the answer
 * @param authorisation  the general authorisation relied on, when {@code decision} is {@link Decision#UGEA}
 * @param rules          the rules that decided it, in the order they were applied
 * @param reviewFlags    what to review
 * @param ruleSetVersion the {@link ExportRuleSet#version()} used
 * @param explanation    why, in plain English
 */
public record ExportDecision(ExportQuery query, Decision decision, Optional<Authorisation> authorisation,
                            List<AppliedRule> rules, List<ReviewFlag> reviewFlags, String ruleSetVersion,
                            String explanation) {

    public ExportDecision {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(authorisation, "authorisation");
        if (authorisation.isPresent() != (decision == Decision.UGEA)) {
            throw new IllegalArgumentException("an authorisation goes with a UGEA decision, and only with it");
        }
        rules = List.copyOf(rules);
        reviewFlags = List.copyOf(reviewFlags);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The ids of the rules applied, e.g. {@code [EU001, ART-3]}. */
    public List<String> ruleIds() {
        return rules.stream().map(AppliedRule::id).toList();
    }

    /** True when a flag of this kind was raised. */
    public boolean flagged(ReviewFlag.Kind kind) {
        return reviewFlags.stream().anyMatch(f -> f.kind() == kind);
    }
}
