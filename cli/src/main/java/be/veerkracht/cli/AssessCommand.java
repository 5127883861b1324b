package be.veerkracht.cli;

import be.veerkracht.cli.exposure.AssessmentReport;
import be.veerkracht.cli.exposure.ReportLabel;
import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.api.AssessmentDocument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht assess [PATH]}: where the portfolio is exposed, and what to do first. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess exposure: spend by zone and country, concentration (HHI), sourcing classes,",
            "flexibility, and the findings ranked by severity with an action each (docs/exposure.md)."})
final class AssessCommand implements Callable<Integer> {

    /** Machine output: indented, decimal points whatever the locale (Jackson writes numbers locale-free). */
    private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--snapshot", paramLabel = "ID", description = "Assess this stored snapshot instead of the latest.")
    private Long snapshotId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (for machines, docs/schemas/assess.schema.json).")
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
        PortfolioInput input = portfolio.load("assess", snapshotId);
        print(input.portfolio(), geography, new ExposureAssessor(geography).assess(input.portfolio()),
                input.snapshot(), input.sourceLine(ReportLabel.SOURCE_FILE, ReportLabel.SOURCE_SNAPSHOT,
                        language.locale()));
        return ExitCodes.OK;
    }

    private void print(Portfolio portfolio, ReferenceGeography geography, ExposureAssessment assessment,
                       SnapshotInfo snapshot, String sourceLine) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(PRETTY.writeValueAsString(AssessmentDocument.of(assessment, snapshot)));
        } else {
            new AssessmentReport(language.locale(), geography).print(assessment, portfolio, sourceLine, out);
        }
        out.flush();
    }
}
