package be.veerkracht.store.screening;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.screening.SanctionsList;
import be.veerkracht.screening.match.ListIndex;
import be.veerkracht.screening.match.ScreeningHit;
import be.veerkracht.screening.match.ScreeningQuery;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Screens counterparties against the newest stored version of every list (docs/screening.md): name hits above the
 * threshold with the reviewers' earlier decisions (a decision holds while the entry is unchanged, else the hit is
 * re-opened), and counterparties in a country under an EU embargo or dual-use ban. A screening is recorded as a
 * {@value #ACTION} audit entry naming the list versions used.
 */
public final class PortfolioScreening {

    public static final String ACTION = "screening.run";
    /** The audit subject of a snapshot's screening is this followed by the snapshot id. */
    public static final String SNAPSHOT_SUBJECT = "snapshot:";

    private final SanctionsListStore lists;
    private final ReviewStore reviews;
    private final AuditLog audit;

    public PortfolioScreening(SanctionsListStore lists, ReviewStore reviews, AuditLog audit) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @param subject   what the audit entry is about, e.g. {@code snapshot:7} or {@code name}
     * @param concerns  the rule set's embargoes and bans, for the country check
     * @param actor     who screens; null: do not record the screening
     */
    public ScreeningResult screen(List<Counterparty> who, double threshold, List<Embargo> concerns, String actor,
                                  String subject) {
        List<StoredListVersion> versions = lists.latest();
        List<SanctionsList> loaded = new ArrayList<>();
        Map<String, StoredListVersion> byHash = new HashMap<>();
        Map<String, Map<String, String>> fingerprints = new HashMap<>();
        for (StoredListVersion version : versions) {
            loaded.add(lists.load(version));
            byHash.put(version.version().contentHash(), version);
            fingerprints.put(version.version().contentHash(), lists.fingerprints(version));
        }
        List<ScreeningResult.Hit> hits = new ArrayList<>();
        if (!loaded.isEmpty()) {
            ListIndex index = new ListIndex(loaded);
            for (Counterparty counterparty : who) {
                for (ScreeningHit hit : index.search(ScreeningQuery.of(counterparty.name(), counterparty.country()),
                        threshold)) {
                    StoredListVersion version = byHash.get(hit.list().contentHash());
                    String fingerprint = fingerprints.get(hit.list().contentHash()).get(hit.entryId());
                    Optional<Review> review = reviews.latest(counterparty.ref(), hit.list().source(), hit.entryId());
                    hits.add(new ScreeningResult.Hit(counterparty, hit, version, fingerprint,
                            state(review, fingerprint), review.orElse(null)));
                }
            }
        }
        List<ScreeningResult.CountryConcern> countries = new ArrayList<>();
        for (Counterparty counterparty : who) {
            for (Embargo rule : concerns) {
                if (counterparty.country() != null && rule.country().alpha2().equals(counterparty.country())) {
                    countries.add(new ScreeningResult.CountryConcern(counterparty, rule));
                }
            }
        }
        long seq = actor == null ? 0 : record(actor, subject, versions, who, threshold, hits, countries);
        return new ScreeningResult(versions, who, threshold, hits, countries, seq);
    }

    /**
     * The screening that follows a change (an import, a new list version): the portfolio's suppliers and customers
     * at the default threshold, recorded with subject {@code snapshot:ID}; empty when no list is stored or the
     * portfolio has nobody to screen.
     */
    public Optional<ScreeningResult> afterChange(Portfolio portfolio, long snapshotId, List<Embargo> concerns,
                                                 String actor) {
        if (lists.versions().isEmpty() || (portfolio.suppliers().isEmpty() && portfolio.customers().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(screen(PortfolioCounterparties.of(portfolio), ListIndex.DEFAULT_THRESHOLD, concerns, actor,
                SNAPSHOT_SUBJECT + snapshotId));
    }

    static ReviewState state(Optional<Review> review, String fingerprint) {
        if (review.isEmpty()) {
            return ReviewState.OPEN;
        }
        if (!review.get().appliesTo(fingerprint)) {
            return ReviewState.REOPENED;
        }
        return review.get().decision() == ReviewDecision.TRUE_MATCH ? ReviewState.TRUE_MATCH
                : ReviewState.FALSE_POSITIVE;
    }

    private long record(String actor, String subject, List<StoredListVersion> versions, List<Counterparty> who,
                        double threshold, List<ScreeningResult.Hit> hits,
                        List<ScreeningResult.CountryConcern> countries) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("list_versions", versions.stream().map(v -> v.version().label()).toList());
        details.put("counterparties", who.size());
        details.put("threshold", String.format(java.util.Locale.ROOT, "%.2f", threshold));
        details.put("hits", hits.size());
        details.put("open", (int) hits.stream().filter(h -> h.state() == ReviewState.OPEN
                || h.state() == ReviewState.REOPENED).count());
        details.put("country_concerns", countries.size());
        return StoreCall.run("record the screening", () -> audit.append(
                AuditEntryDraft.of(actor, ACTION, subject, details)).seq());
    }
}
