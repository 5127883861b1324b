package be.veerkracht.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the rules, flags and reasons of one check as the engine goes, then makes the {@link ExportDecision}. */
final class DecisionDraft {

    private final ExportQuery query;
    private final String version;
    private final Map<String, AppliedRule> rules = new LinkedHashMap<>();
    private final List<ReviewFlag> flags = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    DecisionDraft(ExportQuery query, String version) {
        this.query = query;
        this.version = version;
    }

    /** Cites a structural rule. */
    DecisionDraft apply(AppliedRule rule) {
        rules.putIfAbsent(rule.id(), rule);
        return this;
    }

    /** Cites a data rule; an unverified one raises a review flag. */
    DecisionDraft apply(ExportRule rule) {
        if (rules.putIfAbsent(rule.id(), rule.applied()) == null && rule.confidence() == Confidence.UNVERIFIED) {
            flag(ReviewFlag.Kind.UNVERIFIED_RULE, rule.id(), "The rule data for " + rule.id() + " is marked "
                    + "unverified: check it against the consolidated text before relying on this decision.",
                    rule.source());
        }
        return this;
    }

    DecisionDraft flag(ReviewFlag.Kind kind, String subject, String text, String source) {
        ReviewFlag flag = new ReviewFlag(kind, subject, text, source);
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
        return this;
    }

    DecisionDraft because(String reason) {
        reasons.add(reason);
        return this;
    }

    ExportDecision decide(Decision decision) {
        return decide(decision, Optional.empty());
    }

    ExportDecision decide(Decision decision, Optional<Authorisation> authorisation) {
        String what = (query.technology() ? "Technology for " : "") + query.item().kind().name().toLowerCase(
                java.util.Locale.ROOT) + " " + query.item().id() + " from " + query.origin() + " to "
                + query.destination();
        String review = flags.isEmpty() ? "" : " To review: " + flags.stream()
                .map(f -> f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + f.subject()
                        + ")").collect(java.util.stream.Collectors.joining(", ")) + ".";
        String explanation = what + ": " + decision + ". " + String.join(" ", reasons)
                + " Rules: " + String.join(", ", rules.keySet()) + " (" + version + ")." + review;
        return new ExportDecision(query, decision, authorisation, List.copyOf(rules.values()), flags, version,
                explanation);
    }
}
