package be.veerkracht.sourcing.landed;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of a user's duty-rate table: the ad-valorem duty on goods whose HS code starts with {@code hsPrefix},
 * from an origin that is one country ({@code CN}), any country trading under a preference ({@code PREFERENTIAL}:
 * FTA, EEA or customs union) or any other country ({@code MFN}, the erga-omnes conventional rate).
 *
 * @param hsPrefix    4 to 10 digits (heading to national line)
 * @param origin      an ISO alpha-2 code, {@code MFN} or {@code PREFERENTIAL} (upper case)
 * @param ratePercent duty in % of the customs value, 0..100
 * @param source      where the rate comes from (e.g. "TARIC 2026-11-01"), or null
 */
public record DutyRate(String hsPrefix, String origin, BigDecimal ratePercent, String source) {

    /** A tariff prefix: heading (4 digits) to national line (10 digits). */
    public static final Pattern HS_PREFIX = Pattern.compile("[0-9]{4,10}");
    public static final String MFN = "MFN";
    public static final String PREFERENTIAL = "PREFERENTIAL";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DutyRate {
        Objects.requireNonNull(hsPrefix, "hs_prefix");
        if (!HS_PREFIX.matcher(hsPrefix).matches()) {
            throw new IllegalArgumentException("hs_prefix must be 4 to 10 digits, got " + hsPrefix);
        }
        Objects.requireNonNull(origin, "origin");
        origin = origin.strip().toUpperCase(Locale.ROOT);
        if (!origin.equals(MFN) && !origin.equals(PREFERENTIAL) && !COUNTRY.matcher(origin).matches()) {
            throw new IllegalArgumentException("origin must be MFN, PREFERENTIAL or an ISO alpha-2 code, got "
                    + origin);
        }
        Objects.requireNonNull(ratePercent, "rate_percent");
        if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("rate_percent must be within 0..100, got " + ratePercent.toPlainString());
        }
    }

    boolean matches(String hsCode) {
        return hsCode.startsWith(hsPrefix);
    }
}
