package be.veerkracht.cli;

import be.veerkracht.action.Action.Text;
import be.veerkracht.i18n.Messages;
import be.veerkracht.quality.capability.AndersonDarlingNormality;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.capability.ProcessCapabilityAnalysis;
import be.veerkracht.quality.capability.SpecificationLimits;
import be.veerkracht.quality.capability.WithinSigmaMethod;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht quality capability}: Cp, Cpk, Pp, Ppk of one characteristic (docs/quality-statistics.md). */
@Command(name = "capability", mixinStandardHelpOptions = true,
        description = {"Process capability of one characteristic from a CSV of measurements: Cp, Cpk (within-",
            "subgroup sigma), Pp, Ppk (overall sigma) with confidence intervals, and an Anderson-Darling normality",
            "check (docs/quality-statistics.md)."})
final class QualityCapabilityCommand implements Callable<Integer> {

    static final String COMMAND = "quality capability";

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "Measurements: columns characteristic,value[,subgroup], or the measurements layout "
                    + "part_id,characteristic,supplier_id,lot,timestamp,value,source (';' files: decimal commas).")
    Path data;

    @Option(names = "--characteristic", required = true, paramLabel = "NAME",
            description = "The characteristic to analyse (rows of other characteristics are skipped).")
    String characteristic;

    @Option(names = "--lsl", paramLabel = "X", description = "Lower specification limit (omit for an upper limit only).")
    Double lsl;

    @Option(names = "--usl", paramLabel = "Y", description = "Upper specification limit (omit for a lower limit only).")
    Double usl;

    @Option(names = "--subgroup-size", defaultValue = "1", paramLabel = "N",
            description = "Consecutive values per subgroup when the file has no subgroup column, 1..25 "
                    + "(default: 1, individual values with sigma = MRbar/d2).")
    int subgroupSize;

    @Option(names = "--sigma", defaultValue = "range", paramLabel = "range|s",
            description = "Within-subgroup sigma for subgroups: Rbar/d2 (range) or Sbar/c4 (s) (default: range).")
    String sigma;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C",
            description = "Confidence of the intervals, 0 < C < 1 (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + QualityDocument.CAPABILITY_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpecificationLimits specification = specification();
        if (subgroupSize < 1 || subgroupSize > 25) {
            throw new BadInputException(COMMAND + ": --subgroup-size must be in 1..25, got " + subgroupSize);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException(COMMAND + ": --confidence must be between 0 and 1, got " + confidence);
        }
        QualityDataFile file = QualityDataFile.read(data, characteristic, COMMAND);
        List<List<Double>> groups = file.subgroups(subgroupSize, COMMAND);
        int size = groups.get(0).size();
        WithinSigmaMethod method = size == 1 ? WithinSigmaMethod.MOVING_RANGE : switch (sigma.toLowerCase(Locale.ROOT)) {
            case "range", "r" -> WithinSigmaMethod.RANGE;
            case "s", "sd" -> WithinSigmaMethod.STANDARD_DEVIATION;
            default -> throw new BadInputException(COMMAND + ": --sigma must be range or s, got " + sigma);
        };
        ProcessCapability result;
        try {
            result = new ProcessCapabilityAnalysis(groups, specification, method, confidence,
                    AndersonDarlingNormality.DEFAULT_ALPHA).analyse();
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(COMMAND + ": " + file.file() + ", " + characteristic + ": "
                    + bad.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            List<String> explanation = result.explanation().stream().map(t -> t.in(Locale.ENGLISH)).toList();
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    QualityDocument.capability(characteristic, file.file(), groups.size(), result, explanation)));
        } else {
            print(file, groups.size(), result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private SpecificationLimits specification() throws BadInputException {
        try {
            return new SpecificationLimits(lsl, usl);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(COMMAND + ": --lsl/--usl: " + bad.getMessage());
        }
    }

    private void print(QualityDataFile file, int subgroups, ProcessCapability c, PrintWriter out) {
        Locale locale = language.locale();
        QualityFigures f = new QualityFigures(locale);
        out.println(label(QualityLabel.CAPABILITY_TITLE, characteristic));
        out.println(label(QualityLabel.CAPABILITY_DATA, file.file(), c.observations(), subgroups, c.subgroupSize()));
        out.println(label(QualityLabel.CAPABILITY_SIGMA, f.of(c.mean()), f.of(c.sigmaWithin()),
                f.of(c.sigmaOverall())));
        out.println(label(QualityLabel.CAPABILITY_INDICES, index(f, c.cp()), index(f, c.cpk()), index(f, c.pp()),
                index(f, c.ppk())));
        out.println(label(QualityLabel.CAPABILITY_INTERVALS, f.of(c.cpkInterval().confidence() * 100),
                c.cpInterval() == null ? "-" : f.index(c.cpInterval().lower()) + " - "
                        + f.index(c.cpInterval().upper()),
                f.index(c.cpkInterval().lower()) + " - " + f.index(c.cpkInterval().upper())));
        out.println(label(QualityLabel.WHY));
        for (Text line : c.explanation()) {
            out.println("  " + line.in(locale));
        }
    }

    private static String index(QualityFigures f, Double value) {
        return value == null ? "-" : f.index(value);
    }

    private String label(QualityLabel key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }
}
