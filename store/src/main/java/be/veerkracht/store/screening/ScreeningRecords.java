package be.veerkracht.store.screening;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import java.time.Clock;
import java.util.Objects;

/**
 * The sanctions lists, review decisions, screening and audit log of one open database: what the command line and the
 * web application both write through.
 */
public record ScreeningRecords(SanctionsListStore lists, ReviewStore reviews, PortfolioScreening screening,
                               AuditLog audit) {

    public ScreeningRecords {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(audit, "audit");
    }

    /** Over an open database the caller keeps and closes after the server. */
    public static ScreeningRecords of(Database database, Clock clock) {
        AuditLog audit = new AuditLog(database.jdbi(), clock);
        SanctionsListStore lists = new SanctionsListStore(database.jdbi(), audit, clock);
        ReviewStore reviews = new ReviewStore(database.jdbi(), audit, clock);
        return new ScreeningRecords(lists, reviews, new PortfolioScreening(lists, reviews, audit), audit);
    }
}
