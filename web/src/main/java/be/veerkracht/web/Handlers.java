package be.veerkracht.web;

import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.web.api.ApiHandlers;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.PartSplits;
import be.veerkracht.web.compliance.ComplianceHandlers;
import be.veerkracht.web.compliance.ComplianceRecords;
import be.veerkracht.web.imports.ImportHandlers;
import be.veerkracht.web.imports.ImportLimits;
import be.veerkracht.web.map.MapHandlers;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.ToolHandlers;
import be.veerkracht.web.page.Views;
import be.veerkracht.web.quality.QualityApiHandlers;
import be.veerkracht.web.quality.QualityPages;
import be.veerkracht.web.recovery.LatestRecovery;
import be.veerkracht.web.recovery.RecoveryHandlers;
import be.veerkracht.web.screening.ScreeningHandlers;
import be.veerkracht.web.sourcing.SourcingHandlers;
import be.veerkracht.web.stress.StressTestHandlers;
import be.veerkracht.web.stress.StressTestJobs;
import java.util.Locale;
import java.util.function.Supplier;

/** The handlers of every feature, over one {@link LatestAssessment}: what {@link Routes} maps the paths to. */
record Handlers(ApiHandlers api, PageHandlers pages, MapHandlers map, ImportHandlers imports,
                StressTestHandlers stress, RecoveryHandlers recovery, ToolHandlers tools,
                ComplianceHandlers compliance, ScreeningHandlers screening,
                QualityApiHandlers quality, QualityPages qualityPages, SourcingHandlers sourcing) {

    /** The language pages fall back to when neither the visitor's cookie nor the browser names one of ours. */
    static final Locale FALLBACK_LANGUAGE = Locale.ENGLISH;

    /**
     * @param compliance the export-control records; null on a server without a database of its own
     * @param screening  the sanctions lists, reviews and screening; null on a server without a database of its own
     * @param quality    the quality agreements, measurements and supplier tokens; null likewise
     */
    static Handlers over(LatestAssessment latest, ComplianceRecords compliance, ScreeningRecords screening,
                         QualityRecords quality) {
        Views views = new Views();
        Supplier<EventCatalogue> catalogue = StressTestJobs.shippedCatalogue();
        PartSplits splits = new PartSplits(latest.geography(), catalogue);
        PageHandlers pages = new PageHandlers(latest, views, FALLBACK_LANGUAGE, splits);
        ScreeningHandlers screens = ScreeningHandlers.over(latest, screening, views, pages);
        StressTestJobs jobs = new StressTestJobs(latest.geography(), catalogue);
        return new Handlers(new ApiHandlers(latest, splits), pages, new MapHandlers(latest, views, pages),
                new ImportHandlers(latest, views, pages, ImportLimits.DEFAULT, screens.afterImport()),
                new StressTestHandlers(latest, views, pages, jobs),
                new RecoveryHandlers(new LatestRecovery(latest, catalogue), views, pages),
                new ToolHandlers(latest, catalogue, views, pages),
                ComplianceHandlers.over(latest, compliance, views, pages), screens,
                new QualityApiHandlers(quality), new QualityPages(quality, views, pages),
                new SourcingHandlers(latest, views, pages));
    }
}
