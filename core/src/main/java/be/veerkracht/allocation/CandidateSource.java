package be.veerkracht.allocation;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A supplier a buyer is thinking of adding to one part (issue 10, item 5): where it produces, what it asks, how fast
 * it delivers and how much it could make. It enters the models as a candidate source: nothing of today's supply, but
 * usable after its qualification, and hit by the events of its own country, zone and footprints (so a candidate next
 * to the incumbent fails with it).
 *
 * @param name                 how the buyer calls it (shown, not used as a key)
 * @param country              ISO alpha-2 of the producing site
 * @param priceEurPerUnit      its price, EUR per unit (booked money: exact)
 * @param leadTimeDays         order to dock, days
 * @param capacityUnitsPerYear the most it could make of this part, units per year
 * @param qualificationDays    days to qualify it (PPAP, first-article inspection) before it can deliver
 * @param qualificationCostEur one-off cost to qualify it, EUR; annualised over the settings' amortisation years
 * @param transportMode        how its goods would travel; null when not given
 */
public record CandidateSource(String name, CountryCode country, BigDecimal priceEurPerUnit, double leadTimeDays,
                              double capacityUnitsPerYear, int qualificationDays, BigDecimal qualificationCostEur,
                              TransportMode transportMode) {

    /**
     * Qualification time when the buyer gives none, days: an assumption (a PPAP for a catalogue part takes weeks, a
     * new mould months), shown with the answer.
     */
    public static final int DEFAULT_QUALIFICATION_DAYS = 90;

    /** The supplier key the what-if gives the candidate; no imported supplier may carry it. */
    public static final String SUPPLIER_ID = "WHAT-IF CANDIDATE";

    public CandidateSource {
        name = name == null || name.isBlank() ? "candidate" : name.strip();
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(priceEurPerUnit, "priceEurPerUnit");
        if (priceEurPerUnit.signum() < 0) {
            throw new IllegalArgumentException("price must not be negative, got " + priceEurPerUnit);
        }
        if (!(leadTimeDays >= 0 && leadTimeDays <= 3650)) {
            throw new IllegalArgumentException("lead time must be within 0..3650 days, got " + leadTimeDays);
        }
        if (!(capacityUnitsPerYear > 0 && Double.isFinite(capacityUnitsPerYear))) {
            throw new IllegalArgumentException("capacity must be a positive number of units a year, got "
                    + capacityUnitsPerYear);
        }
        if (qualificationDays < 0 || qualificationDays > 3650) {
            throw new IllegalArgumentException("qualification must take 0..3650 days, got " + qualificationDays);
        }
        qualificationCostEur = qualificationCostEur == null ? BigDecimal.ZERO : qualificationCostEur;
        if (qualificationCostEur.signum() < 0) {
            throw new IllegalArgumentException("qualification cost must not be negative, got " + qualificationCostEur);
        }
    }

    /** Its source id in the models (the supplier key: the candidate has one site). */
    public String sourceId() {
        return SUPPLIER_ID;
    }

    Supplier supplier() {
        return new Supplier(new SupplierId(SUPPLIER_ID), name, country, null, null, null, Map.of());
    }

    /** Its link to the part: no share today, a candidate with its qualification, or qualified at {@code share}. */
    SourcingLink link(PartId part, boolean qualified, double share) {
        return new SourcingLink(part, new SupplierId(SUPPLIER_ID), null, share, Price.perUnit(priceEurPerUnit.toPlainString()),
                LeadTime.of(leadTimeDays), country, transportMode, null, capacityUnitsPerYear, null,
                qualified ? 0 : null, qualified ? Qualification.QUALIFIED
                        : new Qualification(false, qualificationDays, qualificationCostEur), null, Map.of());
    }
}
