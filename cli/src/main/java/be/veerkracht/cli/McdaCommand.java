package be.veerkracht.cli;

import be.veerkracht.web.api.McdaDocument;
import be.veerkracht.web.api.McdaAnalysis;
import be.veerkracht.ingest.mcda.InvalidMatrixFileException;
import be.veerkracht.ingest.mcda.MatrixCsvReader;
import be.veerkracht.ingest.mcda.NamedMatrix;
import be.veerkracht.sourcing.mcda.AhpWeights;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.Weights;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht mcda}: rank the alternatives of any decision matrix (docs/mcda.md). */
@Command(name = "mcda", mixinStandardHelpOptions = true,
        description = {"Rank the alternatives of your own decision matrix (a CSV whose first column names the",
            "alternatives and whose header names the criteria) by weighted sum, TOPSIS, PROMETHEE II or AHP",
            "weights, with the sensitivity of the result to the weights (docs/mcda.md)."})
final class McdaCommand implements Callable<Integer> {

    private static final String NAME = "mcda";

    @Option(names = "--matrix", required = true, paramLabel = "FILE.csv",
            description = "The decision matrix: first column the alternatives, header the criteria; ',' with decimal "
                    + "points or ';' with decimal commas.")
    Path matrixFile;

    @Option(names = "--types", required = true, paramLabel = "T,T,...",
            description = "One per criterion in column order: cost (less is better) or benefit (more is better).")
    String types;

    @Mixin
    McdaOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + McdaDocument.MCDA_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = language.locale();
        NamedMatrix read;
        try {
            read = MatrixCsvReader.decisionMatrix(matrixFile);
        } catch (InvalidMatrixFileException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
        DecisionMatrix matrix = matrix(read);
        McdaAnalysis analysis = analyse(NAME, options, matrix, locale);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(McdaDocument.mcda(analysis)));
        } else {
            McdaReport report = new McdaReport(locale);
            out.println(report.label(McdaLabel.TITLE_MCDA, matrixFile));
            report.ranking(analysis, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private DecisionMatrix matrix(NamedMatrix read) throws BadInputException {
        String[] written = types.split(",");
        if (written.length != read.columns().size()) {
            throw new BadInputException(NAME + ": --types gives " + written.length + " types for "
                    + read.columns().size() + " criteria " + read.columns());
        }
        List<Criterion> criteria = new ArrayList<>();
        try {
            for (int j = 0; j < written.length; j++) {
                criteria.add(new Criterion(read.columns().get(j), CriterionType.parse(written[j]), "",
                        matrixFile.getFileName().toString()));
            }
            return new DecisionMatrix(read.rows(), criteria, read.values());
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(NAME + ": " + bad.getMessage());
        }
    }

    /** Weights, ranking and sensitivity of a matrix with the shared options; also used by countries rank. */
    static McdaAnalysis analyse(String command, McdaOptions options, DecisionMatrix matrix, Locale locale)
            throws BadInputException {
        List<String> names = matrix.criteria().stream().map(Criterion::name).toList();
        AhpWeights ahp = options.ahp(command, names, locale);
        Weights weights = options.weights(command, names, ahp);
        RankingMethod method = options.rankingMethod(command, names.size());
        Ranking ranking;
        try {
            ranking = method.rank(matrix, weights);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(command + ": " + bad.getMessage());
        }
        return new McdaAnalysis(options.method.name().toLowerCase(Locale.ROOT), matrix, ranking, ahp,
                options.sensitivity(command, method, matrix, weights));
    }
}
