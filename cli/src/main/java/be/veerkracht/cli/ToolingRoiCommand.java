package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.tooling.Subsidy;
import be.veerkracht.tooling.ToolingRoi;
import be.veerkracht.tooling.ToolingRoiInput;
import be.veerkracht.tooling.ToolingRoiResult;
import be.veerkracht.web.api.ToolsDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht tooling-roi}: does a second tool pay for itself (docs/tooling.md)? */
@Command(name = "tooling-roi", mixinStandardHelpOptions = true,
        description = {"The return on a second tool (mould, die) as insurance against downtime: expected yearly",
            "loss with one and with two tools, payback, NPV, IRR and the break-even stop risk (docs/tooling.md)."})
final class ToolingRoiCommand implements Callable<Integer> {

    static final String SCHEMA = ToolsDocument.ROI_SCHEMA;

    @Option(names = "--investment", required = true, paramLabel = "EUR", description = "Price of the second tool.")
    private BigDecimal investment;

    @Option(names = "--stop-probability", required = true, paramLabel = "P",
            description = "Expected share of the year's days without production with one tool, 0..1 (5 %% = 0.05).")
    private BigDecimal stopWithout;

    @Option(names = "--stop-probability-with", required = true, paramLabel = "P",
            description = "The same with the second tool at another supplier, 0..1.")
    private BigDecimal stopWith;

    @Option(names = "--cost-per-day", required = true, paramLabel = "EUR",
            description = "What a day without the part costs (lost margin, penalties).")
    private BigDecimal costPerDay;

    @Option(names = "--life-years", defaultValue = "5", paramLabel = "N",
            description = "Years the tool serves (default: ${DEFAULT-VALUE}).")
    private int lifeYears;

    @Option(names = "--discount-rate", defaultValue = "0.08", paramLabel = "R",
            description = "Yearly discount rate, your cost of capital (default: ${DEFAULT-VALUE}).")
    private BigDecimal discountRate;

    @Option(names = "--annual-cost", defaultValue = "0", paramLabel = "EUR",
            description = "Yearly cost of keeping the second tool: maintenance, storage, trial runs (default: 0).")
    private BigDecimal annualCost;

    @Option(names = "--subsidy-rate", defaultValue = "0", paramLabel = "R",
            description = "Share of the investment a grant pays, 0..1 (default: 0).")
    private BigDecimal subsidyRate;

    @Option(names = "--subsidy-cap", paramLabel = "EUR", description = "The most the grant pays.")
    private BigDecimal subsidyCap;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + SCHEMA + ").")
    private OutputFormat format;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ToolingRoiInput input;
        try {
            input = new ToolingRoiInput(investment, stopWithout, stopWith, costPerDay, lifeYears, discountRate,
                    annualCost, new Subsidy(subsidyRate, subsidyCap));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("tooling-roi: " + bad.getMessage());
        }
        ToolingRoiResult result = ToolingRoi.evaluate(input);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ToolsDocument.roi(result)));
        } else {
            print(result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(ToolingRoiResult r, PrintWriter out) {
        Locale locale = language.locale();
        Figures figures = new Figures(locale);
        ToolingRoiInput in = r.input();
        out.println(label(Label.TITLE));
        out.println(label(Label.LOSS, figures.percent(in.stopShareWithout(), 2), figures.eur(r.expectedAnnualLossWithoutEur()),
                figures.percent(in.stopShareWith(), 2), figures.eur(r.expectedAnnualLossWithEur())));
        out.println(label(Label.SAVING, figures.eur(r.annualSavingEur())));
        out.println(label(Label.INVESTMENT, figures.eur(in.investmentEur()), figures.eur(r.subsidyEur()),
                figures.eur(r.netInvestmentEur())));
        out.println(r.paybackMonths() == null ? label(Label.NO_PAYBACK)
                : label(Label.PAYBACK, figures.number(r.paybackMonths(), 1)));
        out.println(label(Label.NPV, in.lifeYears(), figures.percent(in.discountRate(), 2), figures.eur(r.npvEur()),
                r.irr() == null ? "-" : figures.percent(BigDecimal.valueOf(r.irr()), 2)));
        out.println(r.breakEvenStopShareWithout() == null ? label(Label.NO_BREAK_EVEN)
                : label(Label.BREAK_EVEN, figures.percent(r.breakEvenStopShareWithout(), 2)));
        out.println(label(Label.READING));
    }

    private String label(Label key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }

    /** The words of the report ({@code be/veerkracht/cli/toolingroi*.properties}). */
    enum Label implements MessageKey {
        TITLE, LOSS, SAVING, INVESTMENT, PAYBACK, NO_PAYBACK, NPV, BREAK_EVEN, NO_BREAK_EVEN, READING;

        @Override
        public String bundle() {
            return "be.veerkracht.cli.toolingroi";
        }

        @Override
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
