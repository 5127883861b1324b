package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TradeRelation;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The user's duty-rate table and the rule that picks a rate for a part's HS code and origin:
 * <ol>
 *   <li>EU origin (trade relation {@link TradeRelation#EU}): 0 %, no customs duty inside the customs union;</li>
 *   <li>else the row for the origin country itself, longest matching prefix;</li>
 *   <li>else, for an FTA, EEA or customs-union partner, the longest {@code PREFERENTIAL} row (the preference
 *       assumes proof of origin is given);</li>
 *   <li>else the longest {@code MFN} row (for a preferential partner too: the conservative rate when no preference
 *       is entered, said in the explanation);</li>
 *   <li>else no rate: the duty is unknown, never taken as 0.</li>
 * </ol>
 * Lookup is linear in the rows, O(n) per part.
 */
public final class DutyRates {

    private final List<DutyRate> rows;

    public DutyRates(List<DutyRate> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                DutyRate a = this.rows.get(i);
                DutyRate b = this.rows.get(j);
                if (a.hsPrefix().equals(b.hsPrefix()) && a.origin().equals(b.origin())) {
                    throw new IllegalArgumentException("two duty rates for " + a.hsPrefix() + " from " + a.origin());
                }
            }
        }
    }

    public static DutyRates none() {
        return new DutyRates(List.of());
    }

    public List<DutyRate> rows() {
        return rows;
    }

    /** The duty that applies, with the rule that chose it; {@code rate} is empty when no rate is known. */
    public DutyDecision decide(String hsCode, CountryCode origin, TradeRelation relation) {
        if (relation == TradeRelation.EU) {
            return new DutyDecision(Optional.of(BigDecimal.ZERO), null,
                    "EU origin: no customs duty inside the EU customs union");
        }
        if (hsCode == null) {
            return new DutyDecision(Optional.empty(), null, "no hs_code on the part: duty unknown");
        }
        Optional<DutyRate> own = longest(hsCode, origin.alpha2());
        if (own.isPresent()) {
            return found(own.get(), "rate entered for origin " + origin.alpha2());
        }
        boolean preferential = relation == TradeRelation.FTA || relation == TradeRelation.EEA_OR_CUSTOMS_UNION;
        if (preferential) {
            Optional<DutyRate> preference = longest(hsCode, DutyRate.PREFERENTIAL);
            if (preference.isPresent()) {
                return found(preference.get(), "preferential rate (trade relation " + relation
                        + "; assumes proof of preferential origin)");
            }
        }
        Optional<DutyRate> mfn = longest(hsCode, DutyRate.MFN);
        if (mfn.isPresent()) {
            return found(mfn.get(), preferential ? "MFN rate: trade relation " + relation
                    + " but no preferential rate entered for this code (conservative)"
                    : "MFN rate (trade relation " + relation + ")");
        }
        return new DutyDecision(Optional.empty(), null, "no duty rate entered for hs_code " + hsCode + " from "
                + origin.alpha2() + " (" + relation + "): duty unknown; add a row to the duty-rate file");
    }

    private Optional<DutyRate> longest(String hsCode, String origin) {
        return rows.stream().filter(r -> r.origin().equals(origin) && r.matches(hsCode))
                .max(Comparator.comparingInt(r -> r.hsPrefix().length()));
    }

    private static DutyDecision found(DutyRate row, String rule) {
        return new DutyDecision(Optional.of(row.ratePercent()), row, rule + ", hs prefix " + row.hsPrefix() + " "
                + row.ratePercent().toPlainString() + " %" + (row.source() == null ? "" : " (" + row.source() + ")"));
    }

    /**
     * @param ratePercent the duty in % of the customs value; empty when unknown
     * @param row         the table row used; null for EU origin or when none applied
     * @param rule        which rule decided, in words
     */
    public record DutyDecision(Optional<BigDecimal> ratePercent, DutyRate row, String rule) {
    }
}
