package be.veerkracht.quality.check;

/** Why the review raises an alert. */
public enum AlertKind {
    /** A Western Electric run rule fired on a supplier's control chart. */
    RULE_FIRED,
    /** A measured value lies outside the agreement's specification. */
    OUT_OF_SPEC,
    /** A secondary supplier is not equivalent to the primary (cross-validation verdict). */
    NOT_EQUIVALENT,
    /** A supplier's Cpk is below {@link QualityCheck#MIN_CPK}. */
    LOW_CAPABILITY,
    /** The supplier's certificates do not agree with our own measurements of the same lots. */
    LAB_DISAGREEMENT
}
