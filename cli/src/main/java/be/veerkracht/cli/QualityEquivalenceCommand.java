package be.veerkracht.cli;

import be.veerkracht.action.Action.Text;
import be.veerkracht.i18n.Messages;
import be.veerkracht.quality.equivalence.EquivalenceText;
import be.veerkracht.quality.equivalence.Tost;
import be.veerkracht.quality.equivalence.TwoSampleComparison;
import be.veerkracht.quality.equivalence.VarianceAssumption;
import be.veerkracht.quality.spc.StatisticFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht quality equivalence}: TOST of two samples within ±margin (docs/quality-statistics.md). */
@Command(name = "equivalence", mixinStandardHelpOptions = true,
        description = "The two one-sided tests (TOST, Schuirmann 1987) of mean(a) - mean(b) within +/- margin: "
                + "equivalent when p = max(p_lower, p_upper) < alpha (docs/quality-statistics.md).")
final class QualityEquivalenceCommand implements Callable<Integer> {

    static final String COMMAND = "quality equivalence";

    @Option(names = "--a", required = true, split = ",", paramLabel = "X1,X2,...",
            description = "Sample a, comma-separated numbers with a decimal point (e.g. the secondary supplier).")
    List<Double> a;

    @Option(names = "--b", required = true, split = ",", paramLabel = "Y1,Y2,...",
            description = "Sample b, comma-separated numbers with a decimal point (e.g. the primary supplier).")
    List<Double> b;

    @Option(names = "--margin", required = true, paramLabel = "D",
            description = "Equivalence margin D > 0: equivalent when -D < mean(a) - mean(b) < D.")
    double margin;

    @Option(names = "--variance", defaultValue = "welch", paramLabel = "pooled|welch",
            description = "Standard error: welch (unequal variances, the default) or pooled (equal variances).")
    VarianceAssumption variance;

    @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "A",
            description = "Significance level of each one-sided test, 0 < A < 0.5 (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + QualityDocument.EQUIVALENCE_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(margin > 0 && Double.isFinite(margin))) {
            throw new BadInputException(COMMAND + ": --margin must be above 0, got " + margin);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new BadInputException(COMMAND + ": --alpha must be between 0 and 0.5, got " + alpha);
        }
        TwoSampleComparison comparison;
        try {
            comparison = new TwoSampleComparison(values(a, "--a"), values(b, "--b"));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(COMMAND + ": " + bad.getMessage());
        }
        Tost tost = comparison.tost(-margin, margin, variance, alpha);
        List<Text> explanation = new ArrayList<>();
        String s = StatisticFormat.of(alpha);
        explanation.add(Text.of(EquivalenceText.TOST_RESULT, StatisticFormat.of(margin),
                StatisticFormat.of(tost.tLower()), StatisticFormat.of(tost.tUpper()), StatisticFormat.of(tost.pValue()),
                s, StatisticFormat.of(100 * (1 - 2 * alpha)), StatisticFormat.of(tost.ciLower()),
                StatisticFormat.of(tost.ciUpper())));
        explanation.add(Text.of(tost.equivalent() ? EquivalenceText.TOST_SHOWN : EquivalenceText.TOST_NOT_SHOWN, s));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    QualityDocument.equivalence(comparison, tost,
                            explanation.stream().map(t -> t.in(Locale.ENGLISH)).toList())));
        } else {
            print(comparison, tost, explanation, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static double[] values(List<Double> sample, String option) throws BadInputException {
        double[] x = new double[sample.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = sample.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new BadInputException(COMMAND + ": " + option + ", value " + (i + 1) + " is not a number");
            }
            x[i] = v;
        }
        return x;
    }

    private void print(TwoSampleComparison c, Tost t, List<Text> explanation, PrintWriter out) {
        Locale locale = language.locale();
        QualityFigures f = new QualityFigures(locale);
        out.println(label(QualityLabel.EQUIVALENCE_TITLE, f.of(-margin), f.of(margin)));
        out.println(label(QualityLabel.EQUIVALENCE_SAMPLES, c.sizeA(), f.of(c.meanA()),
                f.of(c.standardDeviationA()), c.sizeB(), f.of(c.meanB()),
                f.of(c.standardDeviationB())));
        out.println(label(QualityLabel.EQUIVALENCE_DIFFERENCE, f.of(t.difference()),
                f.of(t.standardError()), f.of(t.degreesOfFreedom()),
                t.variance().name().toLowerCase(Locale.ROOT)));
        out.println(label(QualityLabel.EQUIVALENCE_TESTS, f.of(t.tLower()), f.of(t.pLower()),
                f.of(t.tUpper()), f.of(t.pUpper()), f.of(t.pValue())));
        out.println(label(t.equivalent() ? QualityLabel.EQUIVALENT : QualityLabel.NOT_SHOWN_EQUIVALENT,
                f.of(alpha)));
        out.println(label(QualityLabel.WHY));
        for (Text line : explanation) {
            out.println("  " + line.in(locale));
        }
    }

    private String label(QualityLabel key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }
}
