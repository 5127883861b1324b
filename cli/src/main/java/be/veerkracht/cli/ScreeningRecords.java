package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.screening.PortfolioScreening;
import be.veerkracht.store.screening.ReviewStore;
import be.veerkracht.store.screening.SanctionsListStore;
import java.time.Clock;

/** The sanctions lists, review decisions and screening of one open database, with the system clock. */
record ScreeningRecords(SanctionsListStore lists, ReviewStore reviews, PortfolioScreening screening) {

    static ScreeningRecords of(Database db) {
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        SanctionsListStore lists = new SanctionsListStore(db.jdbi(), audit, clock);
        ReviewStore reviews = new ReviewStore(db.jdbi(), audit, clock);
        return new ScreeningRecords(lists, reviews, new PortfolioScreening(lists, reviews, audit));
    }
}
