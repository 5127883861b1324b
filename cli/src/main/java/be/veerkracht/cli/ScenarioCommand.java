package be.veerkracht.cli;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.NamedScenario;
import be.veerkracht.simulation.ScenarioEvent;
import be.veerkracht.simulation.ScenarioEventException;
import be.veerkracht.simulation.ScenarioOutages;
import be.veerkracht.simulation.ScenarioResult;
import be.veerkracht.web.api.ScenarioDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht scenario [PATH] --event ...}: what named outage events cost, part by part (docs/stress-test.md). */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Run a named scenario: outage events that all start today, through the deterministic",
            "day-by-day supply model; the lost demand and its cost per part (docs/stress-test.md)."})
final class ScenarioCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--event", required = true, paramLabel = "KIND:TARGET[:DAYS]",
            description = {"Repeatable. zone:CN_SPHERE:90, footprint:TAIWAN_STRAIT:60, supplier:S01:30, or",
                "lane:RED_SEA_SUEZ:120, or tool:T01 (down for its rebuild_days; tool:T01:45 overrides them)."})
    private List<String> events;

    @Option(names = "--horizon-days", defaultValue = "365", paramLabel = "D",
            description = "Days simulated from day 0 (default: ${DEFAULT-VALUE}).")
    private int horizonDays;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (for machines, schema veerkracht/scenario/1).")
    private OutputFormat format;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (horizonDays < 1) {
            throw new BadInputException("scenario: --horizon-days must be at least 1, got " + horizonDays);
        }
        List<ScenarioEvent> parsed = new ArrayList<>();
        for (String text : events) {
            parsed.add(ScenarioEventArgument.parse(text));
        }
        ReferenceGeography geography = reference.load(language.locale());
        PortfolioInput input = portfolio.load("scenario");
        Portfolio portfolio = input.portfolio();
        String sourceLine = input.sourceLine(ScenarioLabel.SOURCE_FILE, ScenarioLabel.SOURCE_SNAPSHOT,
                language.locale());
        check(portfolio, geography, parsed);
        ScenarioResult result = new NamedScenario(geography).run(portfolio, parsed, horizonDays);
        print(result, geography, sourceLine);
        return ExitCodes.OK;
    }

    /** Resolves each event on its own first, so a refusal names the --event value exactly as the user wrote it. */
    private void check(Portfolio portfolio, ReferenceGeography geography, List<ScenarioEvent> parsed)
            throws BadInputException {
        ScenarioOutages outages = new ScenarioOutages(portfolio, geography);
        for (int i = 0; i < parsed.size(); i++) {
            try {
                outages.resolve(parsed.get(i));
            } catch (ScenarioEventException refused) {
                throw ScenarioEventArgument.bad(events.get(i), refused.reason());
            }
        }
    }

    private void print(ScenarioResult result, ReferenceGeography geography, String sourceLine) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ScenarioDocument.of(result, geography.version())));
        } else {
            new ScenarioReport(language.locale()).print(result, sourceLine, out);
        }
        out.flush();
    }
}
