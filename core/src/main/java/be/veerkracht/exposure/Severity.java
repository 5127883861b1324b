package be.veerkracht.exposure;

/** How urgent a finding is; see {@link FindingRules} for the rule. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
