package be.veerkracht.cli;

import be.veerkracht.web.api.McdaDocument;
import be.veerkracht.ingest.mcda.NamedMatrix;
import be.veerkracht.sourcing.mcda.AhpWeights;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht ahp}: criterion weights from a pairwise comparison matrix (docs/mcda.md). */
@Command(name = "ahp", mixinStandardHelpOptions = true,
        description = {"Criterion weights from a pairwise comparison matrix by Saaty's AHP: the principal",
            "eigenvector, lambda_max, the consistency index and ratio (warning above 0.10) (docs/mcda.md)."})
final class AhpCommand implements Callable<Integer> {

    @Option(names = "--pairwise", required = true, paramLabel = "FILE.csv",
            description = "Square matrix with a header row naming the criteria and each row starting with one; "
                    + "a_ij on Saaty's 1-9 scale, 1/3 may be written as a fraction.")
    Path pairwise;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + McdaDocument.AHP_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = language.locale();
        NamedMatrix matrix = McdaOptions.readPairwise(pairwise, locale);
        AhpWeights ahp = McdaOptions.ahp("ahp", matrix.columns(), matrix.toArray());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(McdaDocument.ahp(ahp)));
        } else {
            McdaReport report = new McdaReport(locale);
            out.println(report.label(McdaLabel.TITLE_AHP, pairwise));
            report.ahp(ahp, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
