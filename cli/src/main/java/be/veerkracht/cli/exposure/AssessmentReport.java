package be.veerkracht.cli.exposure;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.FindingKind;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.Severity;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.exposure.SpendShare;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assessment for a purchasing director, in her language: where the spend is produced, how the parts are
 * sourced, and the most severe findings with what to do about each. The whole list is in {@code --format json}.
 */
public final class AssessmentReport {

    /** The most severe findings shown per kind; the JSON has them all. */
    public static final int EXAMPLES_PER_KIND = 3;

    private static final int TOP_COUNTRIES = 8;

    private final Locale locale;
    private final ReferenceGeography geography;
    private final NumberFormat money;
    private final NumberFormat percent;

    /** @param geography the reference data the assessment used, for zone names in the user's language */
    public AssessmentReport(Locale locale, ReferenceGeography geography) {
        this.locale = Messages.language(locale);
        this.geography = geography;
        this.money = NumberFormat.getNumberInstance(this.locale);
        money.setMinimumFractionDigits(0);
        money.setMaximumFractionDigits(0);
        this.percent = NumberFormat.getPercentInstance(this.locale);
        percent.setMaximumFractionDigits(1);
    }

    /** @param source the snapshot line or file line already formatted */
    public void print(ExposureAssessment assessment, Portfolio portfolio, String source, PrintWriter out) {
        out.println(label(ReportLabel.TITLE));
        out.println(source);
        out.println(label(ReportLabel.GEOGRAPHY, assessment.geographyVersion()));
        out.println();
        out.println(label(ReportLabel.PORTFOLIO, assessment.partCount(), assessment.supplierCount(),
                eur(assessment.annualSpendEur())));
        out.println();
        out.println(label(ReportLabel.SPEND_BY_ZONE));
        for (SpendShare zone : assessment.zones()) {
            String name = geography.zone(zone.key()).map(z -> z.name(locale)).orElse(zone.key());
            out.printf("  %-40s %18s %8s%n", name, eur(zone.annualSpendEur()), percent.format(zone.spendShare()));
        }
        out.println(label(ReportLabel.TOP_COUNTRIES, assessment.countries().stream().limit(TOP_COUNTRIES)
                .map(c -> c.key() + " " + percent.format(c.spendShare())).collect(Collectors.joining(", "))));
        out.println();
        printSourcing(assessment, out);
        out.println();
        printFindings(assessment, portfolio, out);
    }

    private void printSourcing(ExposureAssessment assessment, PrintWriter out) {
        Map<SourcingClass, Long> byClass = new EnumMap<>(SourcingClass.class);
        assessment.parts().forEach(p -> byClass.merge(p.sourcingClass(), 1L, Long::sum));
        out.println(label(ReportLabel.SOURCING, assessment.partCount()));
        for (SourcingClass sourcingClass : SourcingClass.values()) {
            out.printf("  %5d  %s%n", byClass.getOrDefault(sourcingClass, 0L),
                    label(ReportLabel.valueOf("CLASS_" + sourcingClass.name())));
        }
        long criticalSingle = assessment.parts().stream()
                .filter(p -> p.criticality() == Criticality.A && p.qualifiedSources() < 2).count();
        out.println(label(ReportLabel.CRITICAL_SINGLE, criticalSingle));
    }

    /**
     * Findings grouped by kind, most exposing kind first: for each, how many and how much spend is at stake, and
     * the {@value #EXAMPLES_PER_KIND} most severe with what to do. One screen shows every pattern, not only the
     * biggest single sources.
     */
    private void printFindings(ExposureAssessment assessment, Portfolio portfolio, PrintWriter out) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        assessment.findings().forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        out.println(label(ReportLabel.FINDINGS, assessment.findings().size(), bySeverity.getOrDefault(Severity.HIGH, 0L),
                bySeverity.getOrDefault(Severity.MEDIUM, 0L), bySeverity.getOrDefault(Severity.LOW, 0L)));
        Map<PartId, PartExposure> parts = assessment.parts().stream()
                .collect(Collectors.toMap(PartExposure::part, p -> p));
        for (FindingKind kind : FindingKind.values()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < assessment.findings().size(); i++) {
                if (assessment.findings().get(i).kind() == kind) {
                    positions.add(i);
                }
            }
            if (positions.isEmpty()) {
                continue;
            }
            BigDecimal spend = positions.stream().map(i -> assessment.findings().get(i).part()).distinct()
                    .map(part -> parts.get(part).annualSpendEur()).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.println();
            out.println(label(ReportLabel.KIND_HEADER, label(ReportLabel.valueOf("KIND_" + kind.name())),
                    positions.size(), eur(spend)));
            for (int i : positions.subList(0, Math.min(EXAMPLES_PER_KIND, positions.size()))) {
                printFinding(assessment.findings().get(i), assessment.actions().get(i), parts, portfolio, out);
            }
            if (positions.size() > EXAMPLES_PER_KIND) {
                out.println(label(ReportLabel.MORE, positions.size() - EXAMPLES_PER_KIND));
            }
        }
        out.println();
        out.println(label(ReportLabel.FULL_LIST));
    }

    private void printFinding(Finding finding, Action action, Map<PartId, PartExposure> parts, Portfolio portfolio,
                              PrintWriter out) {
        PartExposure exposure = parts.get(finding.part());
        String description = portfolio.part(finding.part()).map(Part::description).orElse(null);
        out.printf("  %-8s %s%n", label(ReportLabel.valueOf("SEVERITY_" + finding.severity().name())),
                label(ReportLabel.FINDING_PART, finding.part().value(),
                description == null ? "" : description, exposure.criticality(), eur(exposure.annualSpendEur())));
        out.println("           " + finding.message(locale));
        out.println("           -> " + action.what().in(locale));
    }

    private String eur(BigDecimal amount) {
        return "EUR " + money.format(amount);
    }

    private String label(ReportLabel key, Object... args) {
        Object[] text = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return Messages.format(key, locale, text);
    }
}
