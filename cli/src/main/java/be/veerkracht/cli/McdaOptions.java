package be.veerkracht.cli;

import be.veerkracht.web.api.McdaAnalysis;
import be.veerkracht.ingest.mcda.InvalidMatrixFileException;
import be.veerkracht.ingest.mcda.MatrixCsvReader;
import be.veerkracht.ingest.mcda.NamedMatrix;
import be.veerkracht.sourcing.mcda.AhpWeights;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import be.veerkracht.sourcing.mcda.Normalisation;
import be.veerkracht.sourcing.mcda.PreferenceFunction;
import be.veerkracht.sourcing.mcda.PrometheeTwoRanking;
import be.veerkracht.sourcing.mcda.RankReversalAnalysis;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.TopsisRanking;
import be.veerkracht.sourcing.mcda.WeightMonteCarlo;
import be.veerkracht.sourcing.mcda.WeightSensitivity;
import be.veerkracht.sourcing.mcda.WeightedSumRanking;
import be.veerkracht.sourcing.mcda.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options shared by {@code mcda} and {@code countries rank}: the method and its settings, the weights (given,
 * or from an AHP pairwise matrix), and the sensitivity analysis. Numbers are read with {@link Locale#ROOT}.
 */
final class McdaOptions {

    /** The methods on the command line; {@code ahp} ranks by weighted sum with AHP weights. */
    enum Method { WSM, TOPSIS, PROMETHEE, AHP }

    @Option(names = "--method", defaultValue = "topsis", paramLabel = "METHOD",
            description = "topsis (Hwang-Yoon, vector normalisation), wsm (weighted sum, min-max), promethee "
                    + "(PROMETHEE II) or ahp (weights from --pairwise, then the weighted sum) (default: "
                    + "${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--weights", paramLabel = "W,W,...",
            description = "One weight per criterion in column order (0.3,0.2,0.5) or by name (days=2,wage=1); "
                    + "normalised to sum 1. Default: equal weights.")
    String weights;

    @Option(names = "--pairwise", paramLabel = "FILE.csv",
            description = "Weights from an AHP pairwise comparison matrix (square, header row naming the criteria);"
                    + " required with --method ahp.")
    Path pairwise;

    @Option(names = "--normalisation", paramLabel = "N",
            description = "min_max or linear_max for wsm and ahp (default min_max); vector or min_max for topsis "
                    + "(default vector).")
    String normalisation;

    @Option(names = "--preference", paramLabel = "F,F,...",
            description = "promethee: one preference function per criterion: usual, v_shape:P or linear:Q:P "
                    + "(thresholds in the criterion's unit). Default: usual for every criterion.")
    String preferences;

    @Option(names = "--sensitivity",
            description = "Also: the weight interval per criterion in which the top choice stays, rank reversal "
                    + "when an alternative is removed, and the probability of ranking first under random weights.")
    boolean sensitivity;

    @Option(names = "--draws", defaultValue = "10000", paramLabel = "N",
            description = "With --sensitivity: weight vectors drawn (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "With --sensitivity: seed of the weight draws; same seed, same result (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    /** The method for a matrix with these criteria. */
    RankingMethod rankingMethod(String command, int criteria) throws BadInputException {
        try {
            return switch (method) {
                case WSM, AHP -> new WeightedSumRanking(normalisation == null ? Normalisation.MIN_MAX
                        : Normalisation.parse(normalisation));
                case TOPSIS -> new TopsisRanking(normalisation == null ? Normalisation.VECTOR
                        : Normalisation.parse(normalisation));
                case PROMETHEE -> new PrometheeTwoRanking(preferenceFunctions(criteria));
            };
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(command + ": " + bad.getMessage());
        }
    }

    /** The AHP of {@code --pairwise}, its criteria in the order of {@code criteria}; null without the option. */
    AhpWeights ahp(String command, List<String> criteria, Locale locale) throws BadInputException {
        if (pairwise == null) {
            if (method == Method.AHP) {
                throw new BadInputException(command + ": --method ahp needs --pairwise FILE.csv");
            }
            return null;
        }
        if (weights != null) {
            throw new BadInputException(command + ": give --weights or --pairwise, not both");
        }
        NamedMatrix matrix = readPairwise(pairwise, locale);
        if (!new java.util.HashSet<>(matrix.columns()).equals(new java.util.HashSet<>(criteria))) {
            throw new BadInputException(command + ": " + pairwise + " compares " + matrix.columns()
                    + ", the matrix has criteria " + criteria);
        }
        double[][] a = matrix.toArray();
        double[][] ordered = new double[criteria.size()][criteria.size()];
        for (int i = 0; i < criteria.size(); i++) {
            for (int j = 0; j < criteria.size(); j++) {
                ordered[i][j] = a[matrix.columns().indexOf(criteria.get(i))][matrix.columns().indexOf(criteria.get(j))];
            }
        }
        return ahp(command, criteria, ordered);
    }

    static NamedMatrix readPairwise(Path file, Locale locale) throws BadInputException {
        try {
            return MatrixCsvReader.pairwiseMatrix(file);
        } catch (InvalidMatrixFileException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }

    static AhpWeights ahp(String command, List<String> criteria, double[][] matrix) throws BadInputException {
        try {
            return AhpWeights.of(criteria, matrix);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(command + ": " + bad.getMessage());
        }
    }

    /** The weights: from the AHP when given, else {@code --weights}, else equal. */
    Weights weights(String command, List<String> criteria, AhpWeights ahp) throws BadInputException {
        if (ahp != null) {
            return ahp.asWeights();
        }
        if (weights == null) {
            return Weights.equal(criteria.size());
        }
        String[] parts = weights.split(",");
        double[] values = new double[criteria.size()];
        try {
            if (weights.contains("=")) {
                Map<String, Double> byName = new HashMap<>();
                for (String part : parts) {
                    String[] pair = part.split("=", 2);
                    String name = pair[0].strip();
                    if (!criteria.contains(name)) {
                        throw new BadInputException(command + ": --weights names '" + name + "', not a criterion of "
                                + criteria);
                    }
                    byName.put(name, Double.parseDouble(pair[1].strip()));
                }
                for (int j = 0; j < criteria.size(); j++) {
                    values[j] = byName.getOrDefault(criteria.get(j), 0.0);
                }
            } else {
                if (parts.length != criteria.size()) {
                    throw new BadInputException(command + ": --weights gives " + parts.length + " weights for "
                            + criteria.size() + " criteria " + criteria);
                }
                for (int j = 0; j < parts.length; j++) {
                    values[j] = Double.parseDouble(parts[j].strip());
                }
            }
            return Weights.of(values);
        } catch (NumberFormatException notNumber) {
            throw new BadInputException(command + ": --weights must be numbers with a decimal point, got '"
                    + weights + "'");
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(command + ": --weights: " + bad.getMessage());
        }
    }

    /** The sensitivity analysis, or null when not asked for. */
    McdaAnalysis.Sensitivity sensitivity(String command, RankingMethod rankingMethod, DecisionMatrix matrix,
                                         Weights w) throws BadInputException {
        if (!sensitivity) {
            return null;
        }
        if (draws < 1 || draws > WeightMonteCarlo.MAX_DRAWS) {
            throw new BadInputException(command + ": --draws must be within 1.." + WeightMonteCarlo.MAX_DRAWS
                    + ", got " + draws);
        }
        return new McdaAnalysis.Sensitivity(new WeightSensitivity(rankingMethod).intervals(matrix, w),
                new RankReversalAnalysis(rankingMethod, w).onRemoval(matrix),
                new WeightMonteCarlo(rankingMethod, draws, seed).run(matrix));
    }

    private List<PreferenceFunction> preferenceFunctions(int criteria) {
        if (preferences == null) {
            return List.of();
        }
        List<PreferenceFunction> functions = new ArrayList<>();
        for (String spec : preferences.split(",")) {
            String[] parts = spec.strip().toLowerCase(Locale.ROOT).split(":");
            double[] numbers = Arrays.stream(parts).skip(1).mapToDouble(Double::parseDouble).toArray();
            functions.add(switch (parts[0]) {
                case "usual" -> PreferenceFunction.usual();
                case "v_shape" -> PreferenceFunction.vShape(number(numbers, 0, spec));
                case "linear" -> PreferenceFunction.linear(number(numbers, 0, spec), number(numbers, 1, spec));
                default -> throw new IllegalArgumentException("--preference: usual, v_shape:P or linear:Q:P, got '"
                        + spec + "'");
            });
        }
        if (functions.size() != criteria) {
            throw new IllegalArgumentException("--preference gives " + functions.size() + " functions for "
                    + criteria + " criteria");
        }
        return functions;
    }

    private static double number(double[] numbers, int index, String spec) {
        if (index >= numbers.length) {
            throw new IllegalArgumentException("--preference: thresholds missing in '" + spec + "'");
        }
        return numbers[index];
    }
}
