package be.veerkracht.cli;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.Database;
import be.veerkracht.store.screening.ScreeningRecords;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * The screening that runs by itself after an import and after a list update (issue 9): the portfolio's suppliers and
 * customers against the stored lists, recorded, summed up in one line. Nothing happens while no list is stored.
 */
final class AutomaticScreening {

    private AutomaticScreening() {
    }

    /** Screens and prints one line; silent when no list is stored or the portfolio has no counterparties. */
    static void run(Database db, Portfolio portfolio, long snapshotId, PrintWriter out) {
        ScreeningRecords.of(db, Clock.systemUTC()).screening().afterChange(portfolio, snapshotId,
                ExportRuleSetLoader.shipped().rulesOf(Embargo.class), ComplianceRecords.actor())
                .ifPresent(result -> out.printf(Locale.ROOT, "  sanctions screening (%s): %d counterparties, %d hits, "
                                + "%d to review, %d in embargoed countries; details: veerkracht screen%n",
                        String.join(", ", result.versions().stream().map(v -> v.version().label()).toList()),
                        result.screened().size(), result.hits().size(), result.open(), result.countries().size()));
    }
}
