package be.veerkracht.web.screening;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.match.ListIndex;
import be.veerkracht.store.screening.Counterparty;
import be.veerkracht.store.screening.PortfolioCounterparties;
import be.veerkracht.store.screening.PortfolioScreening;
import be.veerkracht.store.screening.Review;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.screening.StoredListVersion;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the screening pages and API do (docs/screening.md, "On the web"): the newest snapshot's suppliers and
 * customers against the newest version of every stored list, live and not recorded; one name, recorded; a review
 * decision, recorded against the entry's fingerprint in the newest version of its list (as {@code screen review}
 * does); the screening that follows an import or a list update, recorded. Refusals are {@link ScreeningRefusal}s.
 */
public final class ScreeningDesk {

    /** The audit actor when a request has no signed-in user (a test server with an open access policy). */
    static final String NOBODY = "anonymous";

    /** What the audit subject of a snapshot's screening starts with, as the CLI writes it. */

    private final LatestAssessment latest;
    private final ScreeningRecords records;
    private final Supplier<List<Embargo>> concerns;

    /**
     * @param records  null when the server has no database of its own (then every screening route says so)
     * @param concerns the embargoes and bans of the export-control rule set, for the country check
     */
    public ScreeningDesk(LatestAssessment latest, ScreeningRecords records, Supplier<List<Embargo>> concerns) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.records = records;
        this.concerns = Objects.requireNonNull(concerns, "concerns");
    }

    /** The records; a 404 refusal on a server without them. */
    ScreeningRecords records() {
        if (records == null) {
            throw ScreeningRefusal.of(ScreeningRefusal.NOT_FOUND, null, ScreeningText.UNAVAILABLE);
        }
        return records;
    }

    /** True when the server has records (a database of its own). */
    boolean available() {
        return records != null;
    }

    /** Every stored list version, newest first. */
    List<StoredListVersion> versions() {
        return records().lists().versions();
    }

    /** The newest version of each source: what a screening uses. */
    List<StoredListVersion> inUse() {
        return records().lists().latest();
    }

    Optional<AssessedSnapshot> maybeSnapshot() {
        return latest.get();
    }

    /** The newest snapshot; a 404 refusal before the first import. */
    AssessedSnapshot snapshot() {
        return latest.get().orElseThrow(() -> ScreeningRefusal.of(ScreeningRefusal.NOT_FOUND, null,
                ScreeningText.NO_SNAPSHOT));
    }

    /** The snapshot's suppliers and customers screened now, not recorded (a page view is no screening). */
    ScreeningResult live(AssessedSnapshot snapshot) {
        requireLists();
        return records().screening().screen(PortfolioCounterparties.of(snapshot.snapshot().portfolio()),
                ListIndex.DEFAULT_THRESHOLD, concerns.get(), null, subject(snapshot.snapshot().info().id()));
    }

    /** One name typed in, screened and recorded under {@code name:NAME}. */
    ScreeningResult screenName(ScreeningInput.NameRequest request, String actor) {
        requireLists();
        Counterparty who = new Counterparty("name:" + request.name(), request.name(), request.country());
        return records().screening().screen(List.of(who), ListIndex.DEFAULT_THRESHOLD, concerns.get(), actor,
                "name");
    }

    /** Records the decision against the entry as the newest stored version of its list has it. */
    Review review(ScreeningInput.ReviewRequest request, String actor) {
        ListSource source = request.list();
        StoredListVersion version = inUse().stream().filter(v -> v.version().source() == source).findFirst()
                .orElseThrow(() -> ScreeningRefusal.of(ScreeningRefusal.CONFLICT, "list",
                        ScreeningText.ERROR_NO_LIST_OF_SOURCE, source.key()));
        String fingerprint = records().lists().fingerprints(version).get(request.entryId());
        if (fingerprint == null) {
            throw ScreeningRefusal.of(ScreeningRefusal.NOT_FOUND, "entry_id", ScreeningText.ERROR_NO_ENTRY,
                    version.version().label(), request.entryId());
        }
        return records().reviews().decide(actor, request.counterparty(), source, request.entryId(), fingerprint,
                request.decision(), request.reason());
    }

    /**
     * The screening that follows an import or a list update: the portfolio's suppliers and customers, recorded.
     * Empty while no list is stored or the server has no records, as {@code AutomaticScreening} of the CLI.
     */
    Optional<ScreeningResult> afterUpdate(Portfolio portfolio, long snapshotId, String actor) {
        return records == null ? Optional.empty()
                : records.screening().afterChange(portfolio, snapshotId, concerns.get(), actor);
    }

    /** After a list update: the newest snapshot screened and recorded, if there is one. */
    Optional<ScreeningResult> afterListUpdate(String actor) {
        return latest.get().flatMap(s -> afterUpdate(s.snapshot().portfolio(), s.snapshot().info().id(), actor));
    }

    /** The snapshot screening recorded as audit entry {@code seq}, summed up; empty when it is no such entry. */
    Optional<ScreeningSummary> snapshotSummary(long seq) {
        return records == null ? Optional.empty()
                : ScreeningSummary.recorded(records.audit(), seq, subject -> subject.startsWith(PortfolioScreening.SNAPSHOT_SUBJECT));
    }

    /** As above, for the screening of the snapshot {@code snapshotId}. */
    Optional<ScreeningSummary> snapshotSummary(long seq, long snapshotId) {
        return records == null ? Optional.empty()
                : ScreeningSummary.recorded(records.audit(), seq, subject -> subject.equals(subject(snapshotId)));
    }

    /** The audit subject of a snapshot's screening, as the CLI writes it. */
    static String subject(long snapshotId) {
        return PortfolioScreening.SNAPSHOT_SUBJECT + snapshotId;
    }

    /** The signed-in user's name, the audit actor of what this request records. */
    static String actor(Context ctx) {
        return Visitor.of(ctx).map(Visitor::name).orElse(NOBODY);
    }

    private void requireLists() {
        if (records().lists().versions().isEmpty()) {
            throw ScreeningRefusal.of(ScreeningRefusal.CONFLICT, null, ScreeningText.ERROR_NO_LIST);
        }
    }
}
