package be.veerkracht.web.sourcing;

import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import be.veerkracht.sourcing.mcda.Normalisation;
import be.veerkracht.sourcing.mcda.PrometheeTwoRanking;
import be.veerkracht.sourcing.mcda.RankReversalAnalysis;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.TopsisRanking;
import be.veerkracht.sourcing.mcda.WeightMonteCarlo;
import be.veerkracht.sourcing.mcda.WeightSensitivity;
import be.veerkracht.sourcing.mcda.WeightedSumRanking;
import be.veerkracht.sourcing.mcda.Weights;
import be.veerkracht.web.api.McdaAnalysis;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /api/v1/mcda}: a decision matrix in JSON, ranked as {@code veerkracht mcda --format json}
 * ranks a CSV. Fields: {@code alternatives} (names), {@code criteria} (each {@code name}, {@code type}
 * benefit|cost, optional {@code unit} and {@code source}), {@code values} (one row of numbers per alternative),
 * optional {@code weights} (default equal), {@code method} (topsis|wsm|promethee, default topsis),
 * {@code normalisation} (as the command line's), {@code sensitivity} (boolean) with {@code draws} (default 10,000)
 * and {@code seed} (default 1). Every bad field is a {@link BadSourcingParameter} naming it.
 */
public final class McdaRequest {

    private McdaRequest() {
    }

    /** Ranks the matrix of {@code body}. */
    public static McdaAnalysis analyse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadSourcingParameter("body", "a JSON object with alternatives, criteria and values");
        }
        List<String> alternatives = strings(body, "alternatives");
        List<Criterion> criteria = criteria(body.get("criteria"));
        double[][] values = values(body.get("values"), alternatives.size(), criteria.size());
        DecisionMatrix matrix;
        try {
            matrix = DecisionMatrix.of(alternatives, criteria, values);
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter("values", bad.getMessage());
        }
        String method = text(body, "method", SourcingQuery.DEFAULT_METHOD).toLowerCase(Locale.ROOT);
        RankingMethod ranking = method(method, body.hasNonNull("normalisation")
                ? body.get("normalisation").asText() : null);
        Weights weights = weights(body.get("weights"), criteria.size());
        Ranking result = ranking.rank(matrix, weights);
        McdaAnalysis.Sensitivity sensitivity = null;
        if (body.path("sensitivity").asBoolean(false)) {
            int draws = body.path("draws").asInt(WeightMonteCarlo.DEFAULT_DRAWS);
            if (draws < 1 || draws > WeightMonteCarlo.MAX_DRAWS) {
                throw new BadSourcingParameter("draws", "within 1.." + WeightMonteCarlo.MAX_DRAWS + ", got " + draws);
            }
            sensitivity = new McdaAnalysis.Sensitivity(new WeightSensitivity(ranking).intervals(matrix, weights),
                    new RankReversalAnalysis(ranking, weights).onRemoval(matrix),
                    new WeightMonteCarlo(ranking, draws, body.path("seed").asLong(1)).run(matrix));
        }
        return new McdaAnalysis(method, matrix, result, null, sensitivity);
    }

    private static RankingMethod method(String method, String normalisation) {
        if (!SourcingQuery.METHODS.contains(method)) {
            throw new BadSourcingParameter("method", "one of topsis, wsm, promethee, got '" + method + "'");
        }
        try {
            return switch (method) {
                case "wsm" -> new WeightedSumRanking(normalisation == null ? Normalisation.MIN_MAX
                        : Normalisation.parse(normalisation));
                case "topsis" -> new TopsisRanking(normalisation == null ? Normalisation.VECTOR
                        : Normalisation.parse(normalisation));
                default -> new PrometheeTwoRanking();
            };
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter("normalisation", bad.getMessage());
        }
    }

    private static List<Criterion> criteria(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new BadSourcingParameter("criteria", "a non-empty array of {name, type, unit, source}");
        }
        List<Criterion> criteria = new ArrayList<>();
        for (JsonNode c : node) {
            try {
                criteria.add(new Criterion(c.path("name").asText(""), CriterionType.parse(c.path("type").asText("")),
                        c.path("unit").asText(""), c.path("source").asText("")));
            } catch (IllegalArgumentException bad) {
                throw new BadSourcingParameter("criteria", bad.getMessage());
            }
        }
        return criteria;
    }

    private static double[][] values(JsonNode node, int rows, int columns) {
        if (node == null || !node.isArray() || node.size() != rows) {
            throw new BadSourcingParameter("values", "one row per alternative (" + rows + ")");
        }
        double[][] values = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() != columns) {
                throw new BadSourcingParameter("values", "row " + (i + 1) + ": one number per criterion ("
                        + columns + ")");
            }
            for (int j = 0; j < columns; j++) {
                if (!row.get(j).isNumber()) {
                    throw new BadSourcingParameter("values", "row " + (i + 1) + ", column " + (j + 1)
                            + ": not a number");
                }
                values[i][j] = row.get(j).asDouble();
            }
        }
        return values;
    }

    private static Weights weights(JsonNode node, int criteria) {
        if (node == null || node.isNull()) {
            return Weights.equal(criteria);
        }
        if (!node.isArray() || node.size() != criteria) {
            throw new BadSourcingParameter("weights", "one number per criterion (" + criteria + ")");
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode w : node) {
            if (!w.isNumber()) {
                throw new BadSourcingParameter("weights", "numbers, got " + w);
            }
            values.add(w.asDouble());
        }
        try {
            return new Weights(values);
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter("weights", bad.getMessage());
        }
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new BadSourcingParameter(field, "a non-empty array of names");
        }
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? fallback : node.asText();
    }
}
