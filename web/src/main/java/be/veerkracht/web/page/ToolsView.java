package be.veerkracht.web.page;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.tooling.ToolRoi;
import be.veerkracht.tooling.ToolingRoiInput;
import be.veerkracht.tooling.ToolingRoiResult;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.ToolRegister;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/**
 * The tooling register page: every tool with its stop days a year (stop share × 365) without and with a second
 * tool, the cost of a day without it, the expected and the 1-in-20-years loss, where the second tool is assumed,
 * and the investment case (investment, annual saving, payback, NPV), or why there is none; largest NPV first
 * ({@link ToolRegister#BY_NPV}).
 *
 * @param shownLine "N tools"; null without a snapshot
 */
public record ToolsView(Labels text, boolean hasSnapshot, List<ToolRow> rows, String shownLine) {

    public ToolsView {
        rows = List.copyOf(rows);
    }

    /** A part the tool makes, with its page. */
    public record PartLink(String id, String href) {
    }

    /**
     * One tool as the page shows it, every figure formatted in the visitor's language with its unit.
     *
     * @param missing why there is no investment case (then the case's cells are null); null when there is one
     */
    public record ToolRow(String toolId, String supplierId, String supplierHref, String supplierName,
                          List<PartLink> parts, String stopDays, String stopDaysWith, String costPerDay,
                          String expectedLoss, String p95Loss, String secondTool, String investment,
                          String saving, String payback, String npv, boolean npvNegative, String missing) {
        public ToolRow {
            parts = List.copyOf(parts);
        }

        public boolean hasCase() {
            return missing == null;
        }
    }

    /** Before the first import. */
    public static ToolsView empty(Labels text) {
        return new ToolsView(text, false, List.of(), null);
    }

    public static ToolsView of(Labels text, AssessedSnapshot assessed, ToolRegister register) {
        Portfolio portfolio = assessed.snapshot().portfolio();
        List<ToolRow> rows = register.byNpv().stream().map(t -> row(text, portfolio, t)).toList();
        return new ToolsView(text, true, rows, text.get(ToolText.SHOWN, text.count(rows.size())));
    }

    /** The method's note under the table: the article's reading, the simulated years, where it is written down. */
    public String method() {
        return text.get(ToolText.METHOD, text.count(ToolRegister.SCENARIOS), ToolRegister.METHOD);
    }

    /** The settings, to repeat the figures with the command. */
    public String settings() {
        return text.get(ToolText.SETTINGS, Long.toString(ToolRegister.SCENARIOS), Long.toString(ToolRegister.SEED),
                Integer.toString(ToolingRoiInput.DEFAULT_LIFE_YEARS),
                text.percent(ToolingRoiInput.DEFAULT_DISCOUNT_RATE.doubleValue()));
    }

    private static ToolRow row(Labels text, Portfolio portfolio, ToolRoi tool) {
        String supplierName = portfolio.supplier(new SupplierId(tool.supplierId())).map(Supplier::name)
                .orElse(tool.supplierId());
        List<PartLink> parts = tool.partIds().stream().map(id -> new PartLink(id, PartView.path(id))).toList();
        ToolingRoiResult roi = tool.roi();
        String missing = roi == null ? missing(text, tool.missing()) : null;
        return new ToolRow(tool.toolId(), tool.supplierId(), SuppliersView.path(tool.supplierId()), supplierName,
                parts, days(text, tool.stopShareWithout()), days(text, tool.stopShareWith()),
                text.eur(tool.costPerDayEur()), text.eur(BigDecimal.valueOf(tool.lossWithout().meanEur())),
                text.eur(BigDecimal.valueOf(tool.lossWithout().p95Eur())), secondTool(text, tool.secondTool()),
                roi == null ? null : text.eur(roi.input().investmentEur()),
                roi == null ? null : text.eur(roi.annualSavingEur()),
                roi == null ? null : roi.paybackMonths() == null ? text.get(ToolText.NO_PAYBACK)
                        : text.get(ToolText.MONTHS, oneDecimal(text, roi.paybackMonths().doubleValue())),
                roi == null ? null : text.eur(roi.npvEur()), roi != null && roi.npvEur().signum() < 0, missing);
    }

    /** A stop share as days a year, {@code 11.3 days}: share × 365. */
    private static String days(Labels text, double share) {
        return text.get(ToolText.DAYS, oneDecimal(text, share * 365));
    }

    private static String oneDecimal(Labels text, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Where the core assumes the second tool (its English sentence), in the visitor's language. */
    static String secondTool(Labels text, String english) {
        String existing = "at the existing other source(s) ";
        if (english.startsWith(existing)) {
            return text.get(ToolText.SECOND_EXISTING, english.substring(existing.length()));
        }
        return text.get(ToolText.SECOND_TWIN);
    }

    /** Why a tool has no investment case (the core's English reason), in the visitor's language. */
    static String missing(Labels text, String english) {
        if (english != null && english.startsWith("replacement_cost_eur")) {
            return text.get(ToolText.MISSING_NO_COST);
        }
        if (english != null && english.contains("no active link")) {
            return text.get(ToolText.MISSING_NO_LINK);
        }
        return text.get(ToolText.MISSING_OTHER, english == null ? "" : english);
    }
}
