package be.veerkracht.web.screening;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.imports.ImportLimits;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import java.util.List;
import java.util.function.Supplier;

/**
 * The screening pages and API over one {@link ScreeningDesk}: what {@code Routes} maps {@code /screening/...} and
 * {@code /api/v1/lists}, {@code /api/v1/screening/...} to, and the screening that follows an import
 * ({@link #afterImport()}). The country concerns are the embargoes and bans of the shipped export-control rules
 * ({@link ExportRuleSetLoader#shipped()}), read on first use.
 */
public record ScreeningHandlers(ScreeningApiHandlers api, ScreeningPages pages, ListPages lists,
                                ImportScreening afterImport) {

    /** @param records null on a server without a database of its own: the routes then answer 404 */
    public static ScreeningHandlers over(LatestAssessment latest, ScreeningRecords records, Views views,
                                        PageHandlers pages) {
        ScreeningDesk desk = new ScreeningDesk(latest, records, shippedConcerns());
        ListImports imports = new ListImports(desk, ImportLimits.DEFAULT);
        return new ScreeningHandlers(new ScreeningApiHandlers(desk, imports), new ScreeningPages(desk, views, pages),
                new ListPages(desk, imports, views, pages), new ImportScreening(desk));
    }

    private static Supplier<List<Embargo>> shippedConcerns() {
        return new Supplier<>() {
            private List<Embargo> concerns;

            @Override
            public synchronized List<Embargo> get() {
                if (concerns == null) {
                    concerns = List.copyOf(ExportRuleSetLoader.shipped().rulesOf(Embargo.class));
                }
                return concerns;
            }
        };
    }
}
