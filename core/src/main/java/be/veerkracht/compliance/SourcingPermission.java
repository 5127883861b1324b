package be.veerkracht.compliance;

import java.util.Objects;

/**
 * May a part be sourced from a country, that is: may its technology (drawings, specifications) be sent to a
 * supplier there? Answered by the {@link ExportCheck} as a {@link TransferKind#TECHNOLOGY_TO_SUPPLIER} export, for
 * the volume-split optimisation. Buying the finished part from there is an import, which the dual-use regulation
 * does not control; sending the technology is what needs permission.
 *
 * <p>Mapping: {@code NOT_LISTED} and {@code NO_LICENCE_REQUIRED} are {@link Verdict#ALLOWED}; {@code UGEA} and
 * {@code INDIVIDUAL_LICENCE} are {@link Verdict#ALLOWED_WITH_LICENCE} (a registration or an application first);
 * {@code PROHIBITED} is {@link Verdict#FORBIDDEN}; {@code UNCLASSIFIED} is {@link Verdict#CLASSIFY_FIRST}, a fourth
 * value so the optimiser chooses its own policy for unclassified parts rather than inheriting a silent allow or
 * forbid.
 *
 * @param verdict  the answer
 * @param decision the decision behind it
 */
public record SourcingPermission(Verdict verdict, ExportDecision decision) {

    /** The answer for sourcing. */
    public enum Verdict {
        ALLOWED,
        ALLOWED_WITH_LICENCE,
        FORBIDDEN,
        CLASSIFY_FIRST
    }

    public SourcingPermission {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decision, "decision");
        if (verdict != verdictOf(decision.decision())) {
            throw new IllegalArgumentException(verdict + " does not follow from " + decision.decision());
        }
    }

    /** The permission a decision gives. */
    public static SourcingPermission of(ExportDecision decision) {
        return new SourcingPermission(verdictOf(decision.decision()), decision);
    }

    static Verdict verdictOf(Decision decision) {
        return switch (decision) {
            case NOT_LISTED, NO_LICENCE_REQUIRED -> Verdict.ALLOWED;
            case UGEA, INDIVIDUAL_LICENCE -> Verdict.ALLOWED_WITH_LICENCE;
            case PROHIBITED -> Verdict.FORBIDDEN;
            case UNCLASSIFIED -> Verdict.CLASSIFY_FIRST;
        };
    }
}
