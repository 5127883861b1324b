package be.veerkracht.web.app;

import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The candidate supplier of the split what-if as written in a query: {@code country}, {@code price_eur},
 * {@code lead_time_days}, {@code capacity_units_per_year} required; {@code qualification_days} (default
 * {@value CandidateSource#DEFAULT_QUALIFICATION_DAYS}), {@code qualification_cost_eur} (default 0),
 * {@code transport_mode} and {@code name} optional. The API reads decimal points only ({@code Locale.ROOT}); the page
 * also takes a decimal comma, as people type in Dutch and French.
 */
public final class CandidateQuery {

    /** Longest candidate name kept, characters. */
    public static final int MAX_NAME_LENGTH = 80;

    private final Function<String, String> parameters;
    private final boolean decimalComma;

    private CandidateQuery(Function<String, String> parameters, boolean decimalComma) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.decimalComma = decimalComma;
    }

    /** For the API: decimal points only. */
    public static CandidateQuery api(Function<String, String> parameters) {
        return new CandidateQuery(parameters, false);
    }

    /** For the page's form: a decimal comma is read as a point. */
    public static CandidateQuery form(Function<String, String> parameters) {
        return new CandidateQuery(parameters, true);
    }

    /** @throws BadCandidateField naming the first field that is missing or wrong */
    public CandidateSource candidate(ReferenceGeography geography) {
        CountryCode country = country(geography);
        BigDecimal price = decimal("price_eur", null, 0, 1e9);
        double leadTime = decimal("lead_time_days", null, 0, 3650).doubleValue();
        double capacity = decimal("capacity_units_per_year", null, 1e-9, 1e12).doubleValue();
        BigDecimal qualificationDays = decimal("qualification_days",
                BigDecimal.valueOf(CandidateSource.DEFAULT_QUALIFICATION_DAYS), 0, 3650);
        if (qualificationDays.stripTrailingZeros().scale() > 0) {
            throw new BadCandidateField("qualification_days", BadCandidateField.Kind.NOT_WHOLE,
                    given("qualification_days"), "0..3650");
        }
        BigDecimal qualificationCost = decimal("qualification_cost_eur", BigDecimal.ZERO, 0, 1e9);
        return new CandidateSource(name(), country, price, leadTime, capacity, qualificationDays.intValue(),
                qualificationCost, mode());
    }

    private CountryCode country(ReferenceGeography geography) {
        String given = given("country");
        if (given == null) {
            throw new BadCandidateField("country", BadCandidateField.Kind.MISSING, "", "");
        }
        try {
            CountryCode code = CountryCode.parse(given);
            if (geography.country(code).isPresent()) {
                return code;
            }
        } catch (IllegalArgumentException notIso) {
            // answered below
        }
        throw new BadCandidateField("country", BadCandidateField.Kind.UNKNOWN, given, "");
    }

    private BigDecimal decimal(String field, BigDecimal fallback, double min, double max) {
        String given = given(field);
        if (given == null) {
            if (fallback == null) {
                throw new BadCandidateField(field, BadCandidateField.Kind.MISSING, "", "");
            }
            return fallback;
        }
        String text = decimalComma && given.indexOf('.') < 0 ? given.replace(',', '.') : given;
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new BadCandidateField(field, BadCandidateField.Kind.NOT_A_NUMBER, given, "");
        }
        if (value.doubleValue() < min || value.doubleValue() > max) {
            throw new BadCandidateField(field, BadCandidateField.Kind.OUT_OF_RANGE, given,
                    BigDecimal.valueOf(min).stripTrailingZeros().toPlainString() + ".."
                            + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
        }
        return value;
    }

    private TransportMode mode() {
        String given = given("transport_mode");
        if (given == null) {
            return null;
        }
        for (TransportMode mode : TransportMode.values()) {
            if (mode.code().equals(given.toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new BadCandidateField("transport_mode", BadCandidateField.Kind.UNKNOWN, given, "");
    }

    private String name() {
        String given = given("name");
        if (given != null && given.length() > MAX_NAME_LENGTH) {
            throw new BadCandidateField("name", BadCandidateField.Kind.TOO_LONG, "", Integer.toString(MAX_NAME_LENGTH));
        }
        return given;
    }

    private String given(String field) {
        String value = parameters.apply(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
