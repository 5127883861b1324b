package be.veerkracht.compliance;

import java.util.Objects;

/**
 * What the classification of an item says: listed in Annex I with its code, explicitly not listed with the reason
 * (never by omission: an item nobody looked at is {@link Unclassified}), or not classified yet. Only a person, or
 * the Flemish authority (Dienst Controle Strategische Goederen), classifies; the engine reads the result.
 */
public sealed interface ControlStatus {

    /** Listed in Annex I of Regulation (EU) 2021/821. */
    record Listed(DualUseCode code) implements ControlStatus {
        public Listed {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Checked and found not to be in Annex I, with why (e.g. "below the 3A001.a.1 threshold, datasheet v3"). */
    record NotListed(String reason) implements ControlStatus {
        public NotListed {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a not-listed classification needs its reason");
            }
        }
    }

    /** Not classified: the check says "classify first". */
    record Unclassified() implements ControlStatus {
    }

    /** Shorthand for {@code new Listed(DualUseCode.parse(code))}. */
    static ControlStatus listed(String code) {
        return new Listed(DualUseCode.parse(code));
    }

    static ControlStatus notListed(String reason) {
        return new NotListed(reason);
    }

    static ControlStatus unclassified() {
        return new Unclassified();
    }
}
