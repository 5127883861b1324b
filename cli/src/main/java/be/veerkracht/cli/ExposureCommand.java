package be.veerkracht.cli;

import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.exposure.recovery.TimeToSurviveAnalysis;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.web.api.RecoveryDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht exposure [PATH]}: time to survive against time to recover for every supplier, site, outage
 * footprint and zone, by linear programming (docs/exposure.md, "Time to survive and time to recover").
 */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = {"Time to survive (TTS) against time to recover (TTR) for every supplier, site, outage",
            "footprint and zone: how long demand is met without it, the least margin lost while it recovers (by",
            "linear programming), the risk exposure index, and what to do where TTS < TTR. Not the same as",
            "'assess' (sourcing concentration and findings). docs/exposure.md.",
            "Exit codes: 0 done, 1 unexpected error, 2 bad input (a broken file or --reference folder)."})
final class ExposureCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (for machines, schema veerkracht/exposure-recovery/1).")
    private OutputFormat format;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReferenceGeography geography = reference.load(language.locale());
        EventCatalogue catalogue = reference.events(geography, language.locale());
        PortfolioInput input = portfolio.load("exposure");
        RecoveryAssessment assessment = new TimeToSurviveAnalysis(geography, catalogue).assess(input.portfolio());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(RecoveryDocument.of(assessment)));
        } else {
            String sourceLine = input.sourceLine(ExposureLabel.SOURCE_FILE, ExposureLabel.SOURCE_SNAPSHOT,
                    language.locale());
            new ExposureReport(language.locale()).print(assessment, sourceLine, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
