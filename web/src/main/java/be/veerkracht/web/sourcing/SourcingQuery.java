package be.veerkracht.web.sourcing;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.sourcing.country.DiversificationRule;
import be.veerkracht.sourcing.mcda.Normalisation;
import be.veerkracht.sourcing.mcda.PrometheeTwoRanking;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.TopsisRanking;
import be.veerkracht.sourcing.mcda.WeightedSumRanking;
import be.veerkracht.sourcing.mcda.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The settings of the country ranking, read from the query ({@code method}, {@code weights}, {@code countries},
 * {@code incumbent}, {@code rule}), numbers with {@link Locale#ROOT}. Defaults: TOPSIS, equal weights, the article's
 * sample, no incumbent, rule exclude. A value that cannot be used is a {@link BadSourcingParameter} naming it.
 *
 * @param method    {@code topsis}, {@code wsm} or {@code promethee}
 * @param weights   one weight per criterion in column order, not normalised; empty: equal weights
 * @param countries ISO codes whose matrix is built from the reference data; empty: the article's sample
 * @param incumbent the part's current country; null: none
 * @param rule      what happens to candidates failing with the incumbent
 */
public record SourcingQuery(String method, List<Double> weights, List<CountryCode> countries, CountryCode incumbent,
                            DiversificationRule rule) {

    /** The methods offered, in the order of the select; {@code ahp} needs a pairwise matrix and is CLI-only. */
    public static final List<String> METHODS = List.of("topsis", "wsm", "promethee");

    /** The default method, as {@code veerkracht countries rank}. */
    public static final String DEFAULT_METHOD = "topsis";

    /** At most this many countries typed in (the ranking, the chart and the sensitivity stay readable). */
    public static final int MAX_COUNTRIES = 20;

    public SourcingQuery {
        weights = List.copyOf(weights);
        countries = List.copyOf(countries);
    }

    /** The defaults: the article's sample, TOPSIS, equal weights, no incumbent. */
    public static SourcingQuery defaults() {
        return new SourcingQuery(DEFAULT_METHOD, List.of(), List.of(), null, DiversificationRule.EXCLUDE);
    }

    /** Reads the parameters; a blank one is the default. */
    public static SourcingQuery parse(Function<String, String> parameter) {
        String method = blank(parameter.apply("method")) ? DEFAULT_METHOD
                : parameter.apply("method").strip().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new BadSourcingParameter("method", "one of " + String.join(", ", METHODS) + ", got '" + method
                    + "'");
        }
        return new SourcingQuery(method, weights(parameter.apply("weights")), countries(parameter.apply("countries")),
                incumbent(parameter.apply("incumbent")), rule(parameter.apply("rule")));
    }

    /** The ranking method, with its classic normalisation (TOPSIS vector, weighted sum min-max). */
    public RankingMethod rankingMethod() {
        return switch (method) {
            case "wsm" -> new WeightedSumRanking(Normalisation.MIN_MAX);
            case "promethee" -> new PrometheeTwoRanking();
            default -> new TopsisRanking(Normalisation.VECTOR);
        };
    }

    /** The weights for a matrix of {@code criteria} criteria: as given, or equal. */
    public Weights weightsFor(List<String> criteria) {
        if (weights.isEmpty()) {
            return Weights.equal(criteria.size());
        }
        if (weights.size() != criteria.size()) {
            throw new BadSourcingParameter("weights", weights.size() + " weights for " + criteria.size()
                    + " criteria " + criteria);
        }
        try {
            return new Weights(weights);
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter("weights", bad.getMessage());
        }
    }

    private static List<Double> weights(String given) {
        if (blank(given)) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (String part : given.split(",")) {
            try {
                double value = Double.parseDouble(part.strip());
                if (!Double.isFinite(value) || value < 0) {
                    throw new BadSourcingParameter("weights", "a weight must be a finite number ≥ 0, got '"
                            + part.strip() + "'");
                }
                values.add(value);
            } catch (NumberFormatException notNumber) {
                throw new BadSourcingParameter("weights", "numbers with a decimal point separated by commas, got '"
                        + given + "'");
            }
        }
        if (values.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new BadSourcingParameter("weights", "at least one weight must be above 0");
        }
        return values;
    }

    private static List<CountryCode> countries(String given) {
        if (blank(given)) {
            return List.of();
        }
        List<CountryCode> codes = new ArrayList<>();
        for (String part : given.split("[,\\s]+")) {
            if (!part.isBlank()) {
                CountryCode code = code("countries", part);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        if (codes.size() < 2 || codes.size() > MAX_COUNTRIES) {
            throw new BadSourcingParameter("countries", "2 to " + MAX_COUNTRIES + " ISO codes, got " + codes.size());
        }
        return codes;
    }

    private static CountryCode incumbent(String given) {
        return blank(given) ? null : code("incumbent", given);
    }

    private static CountryCode code(String parameter, String given) {
        try {
            return CountryCode.parse(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter(parameter, "not an ISO country code: '" + given.strip() + "'");
        }
    }

    private static DiversificationRule rule(String given) {
        if (blank(given)) {
            return DiversificationRule.EXCLUDE;
        }
        for (DiversificationRule rule : DiversificationRule.values()) {
            if (rule.code().equals(given.strip().toLowerCase(Locale.ROOT))) {
                return rule;
            }
        }
        throw new BadSourcingParameter("rule", "exclude or penalise, got '" + given.strip() + "'");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
