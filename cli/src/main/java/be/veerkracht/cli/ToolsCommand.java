package be.veerkracht.cli;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.tooling.PortfolioToolingRoi;
import be.veerkracht.tooling.ToolRoi;
import be.veerkracht.web.api.ToolsDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht tools [PATH]}: the tooling register with the return on a second tool per tool (docs/tooling.md). */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = {"The tooling register: for every tool, the stop risk from the stress test's event model, what a",
            "day without it costs, and the return on a second tool (payback, NPV) at its replacement cost."})
final class ToolsCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/tools/1";

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--scenarios", defaultValue = "2000", paramLabel = "N",
            description = "Simulated years for the stop risk and the loss spread (default: ${DEFAULT-VALUE}).")
    private int scenarios;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S",
            description = "Seed of the simulated years (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + SCHEMA + ").")
    private OutputFormat format;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (scenarios < 1) {
            throw new BadInputException("tools: --scenarios must be at least 1, got " + scenarios);
        }
        ReferenceGeography geography = reference.load(language.locale());
        PortfolioInput input = portfolio.load("tools");
        StressTestModel model = StressTestModel.compile(input.portfolio(), geography,
                reference.events(geography, language.locale()));
        List<ToolRoi> tools = new PortfolioToolingRoi(model).evaluate(input.portfolio(), scenarios, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ToolsDocument.of(tools, scenarios, seed)));
        } else {
            print(tools, input.sourceLine(Label.SOURCE_FILE, Label.SOURCE_SNAPSHOT, language.locale()), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(List<ToolRoi> tools, String sourceLine, PrintWriter out) {
        Figures figures = new Figures(language.locale());
        out.println(label(Label.TITLE));
        out.println(sourceLine);
        out.println(label(Label.SETTINGS, scenarios, Long.toString(seed)));
        if (tools.isEmpty()) {
            out.println(label(Label.NONE));
        }
        for (ToolRoi tool : tools) {
            out.println();
            out.println(label(Label.TOOL, tool.toolId(), tool.supplierId(), String.join(", ", tool.partIds())));
            out.println("  " + label(Label.RISK, figures.number(tool.stopShareWithout() * 365, 1),
                    figures.number(tool.stopShareWith() * 365, 2), figures.eur(tool.costPerDayEur())));
            out.println("  " + label(Label.SPREAD, figures.eur(tool.lossWithout().meanEur()),
                    figures.eur(tool.lossWithout().p95Eur()), figures.eur(tool.lossWith().meanEur())));
            out.println("  " + label(Label.SECOND, tool.secondTool()));
            if (tool.roi() == null) {
                out.println("  " + label(Label.MISSING, tool.missing()));
            } else {
                out.println("  " + label(Label.ROI, figures.eur(tool.roi().input().investmentEur()),
                        figures.eur(tool.roi().annualSavingEur()),
                        tool.roi().paybackMonths() == null ? "-" : figures.number(tool.roi().paybackMonths(), 1),
                        figures.eur(tool.roi().npvEur())));
            }
        }
    }

    private String label(Label key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }



    /** The words of the report ({@code be/veerkracht/cli/tools*.properties}). */
    enum Label implements MessageKey {
        TITLE, SOURCE_SNAPSHOT, SOURCE_FILE, SETTINGS, NONE, TOOL, RISK, SPREAD, SECOND, MISSING, ROI;

        @Override
        public String bundle() {
            return "be.veerkracht.cli.tools";
        }

        @Override
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
