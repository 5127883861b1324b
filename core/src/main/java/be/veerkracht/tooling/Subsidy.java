package be.veerkracht.tooling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A grant towards the investment: a share of it, up to a cap. Generic on purpose: the Flemish "Brexit-veerkrachtsubsidie"
 * (VLAIO) paid 50 % up to EUR 25,000 and is closed; the next programme will have its own numbers
 * (see ../shared/reference/README.md).
 *
 * @param rate   share of the investment paid, 0..1
 * @param capEur the most paid, EUR; null for no cap
 */
public record Subsidy(BigDecimal rate, BigDecimal capEur) {

    public static final Subsidy NONE = new Subsidy(BigDecimal.ZERO, null);

    public Subsidy {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("subsidy rate must be within 0..1, got " + rate);
        }
        if (capEur != null && capEur.signum() < 0) {
            throw new IllegalArgumentException("subsidy cap must be >= 0, got " + capEur);
        }
    }

    /** What it pays on {@code investmentEur}, to the cent. */
    public BigDecimal on(BigDecimal investmentEur) {
        BigDecimal paid = investmentEur.multiply(rate);
        if (capEur != null && paid.compareTo(capEur) > 0) {
            paid = capEur;
        }
        return paid.setScale(2, RoundingMode.HALF_EVEN);
    }
}
