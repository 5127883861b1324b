package be.veerkracht.web.page;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.AssessedSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the dashboard shows: the portfolio totals, spend by zone (as chart data), parts per sourcing class and the
 * most severe findings with their actions; or, before the first import, how to make one.
 *
 * @param snapshotLine   which snapshot and reference geography the figures are of; null without a snapshot
 * @param zoneChartJson  {@code [{"zone": code, "name": ..., "annual_spend_eur": ...}]}, largest first, for the ECharts bar chart
 * @param sections       the breakdowns by zone, country and concentration, and the two part lists; null without a
 *                       snapshot
 */
public record DashboardView(Labels text, boolean hasSnapshot, String snapshotLine, String parts, String suppliers,
                            String annualSpend, String zoneChartJson, List<ClassCount> classes,
                            List<FindingRow> findings, DashboardSections sections) {

    /** Findings shown on the dashboard, most severe first; the API has them all. */
    public static final int TOP_FINDINGS = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public DashboardView {
        classes = List.copyOf(classes);
        findings = List.copyOf(findings);
    }

    /** @param label the class as people read it; {@code sourcingClass} is its code, for the link */
    public record ClassCount(String sourcingClass, String label, String count) {
    }

    /** @param href the part's page */
    /** @param severity the code, for the style; {@code severityLabel} as people read it */
    public record FindingRow(String severity, String severityLabel, String part, String href, String kind,
                             String message, String action) {
    }

    /** @param geography for the zone names in the visitor's language */
    public static DashboardView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography) {
        if (latest.isEmpty()) {
            return new DashboardView(text, false, null, null, null, null, "[]", List.of(), List.of(), null);
        }
        ExposureAssessment a = latest.get().assessment();
        SnapshotInfo info = latest.get().snapshot().info();
        return new DashboardView(text, true,
                text.get(PageText.SNAPSHOT_LINE, String.valueOf(info.id()), info.source(), text.dateTime(info.importedAt()),
                        a.geographyVersion()),
                text.count(a.partCount()), text.count(a.supplierCount()), text.eur(a.annualSpendEur()),
                zoneChart(text, geography, a), classCounts(text, a.parts()), topFindings(a, text),
                DashboardSections.of(text, latest.get(), geography));
    }

    /** Each zone by its code and its name in the visitor's language (the code when the geography lacks it). */
    private static String zoneChart(Labels text, ReferenceGeography geography, ExposureAssessment a) {
        ArrayNode data = MAPPER.createArrayNode();
        a.zones().forEach(z -> data.addObject().put("zone", z.key())
                .put("name", text.zone(geography, z.key()))
                .put("annual_spend_eur", z.annualSpendEur()));
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always serialises", impossible);
        }
    }

    private static List<ClassCount> classCounts(Labels text, List<PartExposure> parts) {
        Map<SourcingClass, Long> counts = parts.stream()
                .collect(Collectors.groupingBy(PartExposure::sourcingClass, Collectors.counting()));
        return Arrays.stream(SourcingClass.values())
                .map(c -> new ClassCount(c.name(), text.sourcingClass(c), text.count(counts.getOrDefault(c, 0L))))
                .toList();
    }

    /** The actions come in the order of the findings that call for them, one each (docs/exposure.md). */
    private static List<FindingRow> topFindings(ExposureAssessment a, Labels text) {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP_FINDINGS, a.findings().size()); i++) {
            Finding f = a.findings().get(i);
            String action = i < a.actions().size() ? a.actions().get(i).what().in(text.locale()) : "";
            rows.add(new FindingRow(f.severity().name(), text.severity(f.severity().name()), f.part().value(), PartView.path(f.part().value()),
                    f.kind().name(),
                    f.message(text.locale()), action));
        }
        return rows;
    }
}
