package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import java.util.function.Supplier;

/**
 * The export-control pages and API over one {@link ComplianceDesk}: what {@code Routes} maps {@code /compliance/...}
 * and {@code /api/v1/compliance/...} to. The rules are the shipped ones ({@link ExportRuleSetLoader#shipped()}),
 * read on first use.
 */
public record ComplianceHandlers(ComplianceApiHandlers api, CompliancePages register, CheckPages check,
                                 LicencePages licences, IcpPages icp) {

    /** @param records null on a server without a database of its own: the routes then answer 404 */
    public static ComplianceHandlers over(LatestAssessment latest, ComplianceRecords records, Views views,
                                         PageHandlers pages) {
        ComplianceDesk desk = new ComplianceDesk(latest, records, shippedRules());
        return new ComplianceHandlers(new ComplianceApiHandlers(desk), new CompliancePages(desk, views, pages),
                new CheckPages(desk, views, pages), new LicencePages(desk, views, pages),
                new IcpPages(desk, views, pages));
    }

    private static Supplier<ExportRuleSet> shippedRules() {
        return new Supplier<>() {
            private ExportRuleSet rules;

            @Override
            public synchronized ExportRuleSet get() {
                if (rules == null) {
                    rules = ExportRuleSetLoader.shipped();
                }
                return rules;
            }
        };
    }
}
