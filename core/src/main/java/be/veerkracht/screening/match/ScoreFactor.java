package be.veerkracht.screening.match;

import java.util.Locale;
import java.util.Objects;

/**
 * One factor applied to the name similarity: a damping multiplies the score ({@code s·v}), a boost closes part of
 * the gap to 1 ({@code s + (1 − s)·v}), so neither can push a score out of [0, 1] and a boost never makes an
 * imperfect name a perfect hit.
 *
 * @param name   what the factor is, e.g. {@code alias quality}, {@code country}, {@code date of birth}
 * @param effect damp or boost
 * @param value  the constant applied (docs/screening.md lists every one)
 * @param reason what was compared, for the reviewer, e.g. {@code query BE, entry [IQ, SY]}
 */
public record ScoreFactor(String name, Effect effect, double value, String reason) {

    /** How a factor acts on the score. */
    public enum Effect { DAMP, BOOST }

    public ScoreFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(reason, "reason");
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("factor value must be in [0,1]: " + value);
        }
    }

    /** The score after this factor. */
    public double apply(double score) {
        return effect == Effect.DAMP ? score * value : score + (1 - score) * value;
    }

    /** E.g. {@code country ×0.90 (query BE, entry [IQ])} or {@code date of birth +0.30 of the gap (...)}. */
    public String describe() {
        return String.format(Locale.ROOT, effect == Effect.DAMP ? "%s ×%.2f (%s)" : "%s +%.2f of the gap (%s)", name,
                value, reason);
    }
}
