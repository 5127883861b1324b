package be.veerkracht.store.screening;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.screening.match.ScreeningHit;
import java.util.List;
import java.util.Objects;

/**
 * One screening: the list versions used, who was screened, the name hits with their review state, and the
 * counterparties in a country under an EU embargo or dual-use ban.
 *
 * @param auditSeq the audit entry recording the screening; 0 when it was not recorded
 */
public record ScreeningResult(List<StoredListVersion> versions, List<Counterparty> screened, double threshold,
                              List<Hit> hits, List<CountryConcern> countries, long auditSeq) {

    public ScreeningResult {
        versions = List.copyOf(versions);
        screened = List.copyOf(screened);
        hits = List.copyOf(hits);
        countries = List.copyOf(countries);
    }

    /** Hits still to be reviewed: open or re-opened. */
    public long open() {
        return hits.stream().filter(h -> h.state() == ReviewState.OPEN || h.state() == ReviewState.REOPENED).count();
    }

    /**
     * A name hit.
     *
     * @param fingerprint the entry's fingerprint in the version screened: a decision is recorded against it
     * @param review      the newest review decision on this counterparty and entry; null when none
     */
    public record Hit(Counterparty who, ScreeningHit hit, StoredListVersion version, String fingerprint,
                      ReviewState state, Review review) {
        public Hit {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(hit, "hit");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A counterparty whose country is under a rule of the export-control rule set (embargo, ban). */
    public record CountryConcern(Counterparty who, Embargo rule) {
    }
}
