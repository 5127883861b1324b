package be.veerkracht.sourcing.country;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link CountryMatrix} from the reference geography: {@value #TRANSIT} (cost, days: the fastest surface
 * mode to Antwerp of the profile, air excluded), {@value #TRADE} (benefit, {@link TradeRelationScale}),
 * {@value #STABILITY} (benefit, World Bank WGI political-stability percentile 0..100), then the user's criteria. A
 * country without a profile, transit days or stability percentile cannot be judged and is refused by name (the data
 * are not guessed).
 */
public final class CountryMatrixBuilder {

    public static final String TRANSIT = "transit_days_to_antwerp";
    public static final String TRADE = "eu_trade_relation";
    public static final String STABILITY = "stability_percentile";

    private final ReferenceGeography geography;

    public CountryMatrixBuilder(ReferenceGeography geography) {
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    public CountryMatrix build(List<CountryCode> countries, List<UserCriterion> userCriteria) {
        String source = "reference " + geography.version();
        List<Criterion> criteria = new ArrayList<>(List.of(
                new Criterion(TRANSIT, CriterionType.COST, "days", source + " (fastest surface mode)"),
                new Criterion(TRADE, CriterionType.BENEFIT, TradeRelationScale.UNIT, source),
                new Criterion(STABILITY, CriterionType.BENEFIT, "WGI percentile 0..100", source)));
        userCriteria.forEach(u -> criteria.add(u.criterion()));
        List<String> names = new ArrayList<>();
        List<List<Double>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CountryCode code : countries) {
            CountryProfile profile = geography.country(code)
                    .orElseThrow(() -> new IllegalArgumentException(code + ": not in the reference geography"));
            Map.Entry<TransportMode, Double> fastest = profile.transitDaysToAntwerp().entrySet().stream()
                    .filter(e -> e.getKey() != TransportMode.AIR)
                    .min(Map.Entry.comparingByValue())
                    .orElseThrow(() -> new IllegalArgumentException(code + ": no surface transit days to Antwerp "
                            + "in the reference data"));
            if (profile.stabilityPercentile() == null) {
                throw new IllegalArgumentException(code + ": no WGI stability percentile in the reference data");
            }
            List<Double> row = new ArrayList<>(List.of(fastest.getValue(),
                    (double) TradeRelationScale.score(profile.tradeRelation()), profile.stabilityPercentile()));
            for (UserCriterion user : userCriteria) {
                Double value = user.values().get(code);
                if (value == null) {
                    throw new IllegalArgumentException(code + ": no value for " + user.criterion().name());
                }
                row.add(value);
            }
            names.add(code.alpha2());
            rows.add(row);
            notes.add(String.format(Locale.ROOT, "%s: %s days by %s, trade relation %s, WGI percentile %s",
                    code, fastest.getValue(), fastest.getKey().code(), profile.tradeRelation(),
                    profile.stabilityPercentile()));
        }
        return new CountryMatrix(new DecisionMatrix(names, criteria, rows), notes, source);
    }
}
