package be.veerkracht.sourcing.country;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.sourcing.mcda.Criterion;
import java.util.Map;
import java.util.Objects;

/**
 * A criterion the reference data do not hold, with the user's value per country (e.g. a wage index or an energy
 * cost); its {@link Criterion#source()} should say who supplied it.
 */
public record UserCriterion(Criterion criterion, Map<CountryCode, Double> values) {

    public UserCriterion {
        Objects.requireNonNull(criterion, "criterion");
        values = Map.copyOf(values);
    }
}
