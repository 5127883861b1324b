package be.veerkracht.compliance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned set of export-control rules: the data every {@link ExportDecision} names by its version, so a decision
 * stays tied to the rules it was made with after the rules change.
 *
 * @param version       e.g. {@code eu-dual-use 2026-11}
 * @param effectiveDate the date the rules describe the law as of
 * @param rules         every rule, ids unique; order matters for authorisations (the first usable one is named)
 */
public record ExportRuleSet(String version, LocalDate effectiveDate, List<ExportRule> rules) {

    public ExportRuleSet {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("a rule set needs its version");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (ExportRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id appears more than once: " + rule.id());
            }
        }
    }

    /** The rules of one kind, in order. */
    public <R extends ExportRule> List<R> rulesOf(Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
