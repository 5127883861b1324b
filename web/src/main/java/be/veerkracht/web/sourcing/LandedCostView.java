package be.veerkracht.web.sourcing;

import be.veerkracht.sourcing.landed.CostItem;
import be.veerkracht.sourcing.landed.CostLine;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.ShortChainComparison;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.page.Labels;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page {@code /parts/{id}/landed-cost}: per sourcing option its lines in EUR per unit (an unknown line marked,
 * not 0), the total, the transport CO2e, the near-versus-far comparison, and the waterfall chart's data.
 *
 * @param text       the texts
 * @param partId     the part
 * @param title      the heading
 * @param options    one per sourcing option
 * @param comparison the near-versus-far line, or why there is none
 * @param chart      the chart's data (JSON, for static/app/sourcing.js): options, items, EUR per unit (null unknown)
 * @param reference  the versions of the reference and transport tables
 */
public record LandedCostView(Labels text, String partId, String title, List<Option> options, String comparison,
                             String chart, String reference) {

    /** Decimals of EUR per unit on the page (the core keeps 4). */
    public static final int EUR_DECIMALS = 4;

    /** One option. */
    public record Option(String id, String label, String total, String incomplete, List<Line> lines, String co2) {
    }

    /** One cost line. */
    public record Line(String item, String eurPerUnit, boolean known, String explanation) {
    }

    static LandedCostView of(Labels text, String partId, PartLandedCosts.PartOptions part, String reference) {
        NumberFormat eur = NumberFormat.getNumberInstance(text.locale());
        eur.setMinimumFractionDigits(2);
        eur.setMaximumFractionDigits(EUR_DECIMALS);
        List<Option> options = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (LandedCost option : part.options()) {
            String label = option.link().supplier().value() + (option.link().site() == null ? ""
                    : " / " + option.link().site());
            String route = text.get(SourcingText.ROUTE, label, option.origin().alpha2() + " · "
                            + text.country(option.origin()),
                    option.route().mode() == null ? "?" : option.route().mode().code(),
                    option.route().km() == null ? "?" : text.count(Math.round(option.route().km())));
            List<Line> lines = new ArrayList<>();
            for (CostLine line : option.lines()) {
                String item = text.get(item(line.item()));
                lines.add(new Line(item, line.known() ? "EUR " + eur.format(line.eurPerUnit())
                        : text.get(SourcingText.UNKNOWN), line.known(), line.explanation(text.locale())));
                series.computeIfAbsent(item, k -> new ArrayList<>()).add(line.eurPerUnit());
            }
            String incomplete = option.complete() ? null : text.get(SourcingText.INCOMPLETE, option.missing().stream()
                    .map(i -> text.get(item(i))).collect(Collectors.joining(", ")));
            String co2 = option.emissions().known()
                    ? text.get(SourcingText.CO2_LINE, text.number(option.emissions().kgCo2ePerUnit()),
                    option.emissions().explanation())
                    : text.get(SourcingText.CO2_UNKNOWN, option.emissions().explanation());
            options.add(new Option(option.link().supplier().value(), route,
                    "EUR " + eur.format(option.totalEurPerUnit()), incomplete, lines, co2));
            categories.add(label + (option.complete() ? "" : " *"));
        }
        String comparison = part.comparison().map(c -> comparison(text, c))
                .orElse(text.get(SourcingText.NO_COMPARISON));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", text.get(SourcingText.CHART_WATERFALL));
        chart.put("unknown", text.get(SourcingText.UNKNOWN));
        chart.put("options", categories);
        List<Map<String, Object>> lines = new ArrayList<>();
        series.forEach((name, values) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("values", values);
            lines.add(s);
        });
        chart.put("lines", lines);
        return new LandedCostView(text, partId, text.get(SourcingText.LANDED_TITLE, partId), options, comparison,
                Json.write(chart), reference);
    }

    private static String comparison(Labels text, ShortChainComparison c) {
        return text.get(SourcingText.COMPARISON_LINE, c.near().link().supplier().value(),
                text.count(Math.round(c.near().route().km())), c.far().link().supplier().value(),
                text.count(Math.round(c.far().route().km())), text.number(c.farMinusNearTotalEurPerUnit()
                        .doubleValue()),
                c.farMinusNearKgCo2ePerUnit() == null ? text.get(SourcingText.UNKNOWN)
                        : text.number(c.farMinusNearKgCo2ePerUnit()));
    }

    /** The translated name of a cost line. */
    static SourcingText item(CostItem item) {
        return SourcingText.valueOf("ITEM_" + item.name());
    }
}
