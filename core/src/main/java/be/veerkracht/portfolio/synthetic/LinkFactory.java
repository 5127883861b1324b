package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes one sourcing link: price from the part's reference price and the origin's price level, lead time and
 * transport from where the goods are made, terms and qualification from whether the source is active.
 */
final class LinkFactory {

    /** Probability that an optional field is filled (transit, incoterm, payment terms). */
    static final double USUALLY_GIVEN = 0.85;
    /** Probability that an active source states a capacity for the part. */
    static final double CAPACITY_SHARE = 0.4;
    /** Probability that recovery days and ramp-up days are known. */
    static final double RECOVERY_SHARE = 0.65;
    static final double RAMP_UP_SHARE = 0.5;
    /** Days to flex up to capacity when known: two weeks to three months (assumed). */
    static final DayRange RAMP_UP_DAYS = new DayRange(14, 90);
    /** Probability that a candidate at share 0 is not yet qualified. */
    static final double CANDIDATE_UNQUALIFIED = 0.7;
    /** Probability that a link carries a {@code contract_id} attribute. */
    static final double CONTRACT_SHARE = 0.3;
    /** Share of fasteners priced per 1000 rather than per 100. */
    static final double PER_THOUSAND_SHARE = 0.15;
    /** Decimals of booked prices: 2 (most), 3 or 4 (ERPs allow up to 4 for cheap parts). */
    private static final List<Integer> PRICE_SCALES = List.of(2, 2, 2, 3, 4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Draws draws;

    LinkFactory(Draws draws) {
        this.draws = draws;
    }

    /** Draws happen in the order of the locals below: keep it, or the same seed gives another portfolio. */
    SourcingLink link(GeneratedPart part, GeneratedSupplier supplier, CountryProfile origin, String site,
                      BigDecimal share, boolean candidate) {
        Region region = origin.region();
        TransportMode mode = mode(region, origin, part.category());
        Price price = price(part, region);
        LeadTime leadTime = leadTime(region.leadTimes(mode));
        String incoterm = incoterm(mode, region);
        Double capacity = capacity(part, share, candidate);
        Integer recoveryDays = optional(RECOVERY_SHARE, part.category().recoveryDays);
        Integer rampUpDays = optional(RAMP_UP_SHARE, RAMP_UP_DAYS);
        Qualification qualification = qualification(part.category(), candidate);
        Integer paymentTerms = draws.chance(USUALLY_GIVEN) ? draws.pick(region.paymentTermsDays) : null;
        return new SourcingLink(part.part().id(), supplier.supplier().id(), site, share.doubleValue(), price,
                leadTime, origin.code(), mode, incoterm, capacity, recoveryDays, rampUpDays, qualification,
                paymentTerms, attributes());
    }

    /** Air only for light, valuable electronics; rail only on the China–Europe line. */
    private TransportMode mode(Region region, CountryProfile origin, PartCategory category) {
        TransportMode mode = region.drawMode(draws);
        if (mode == TransportMode.AIR && category != PartCategory.ELECTRONICS) {
            return region.modes.get(0);
        }
        if (mode == TransportMode.RAIL && region == Region.ASIA && !origin.code().alpha2().equals("CN")) {
            return TransportMode.SEA;
        }
        return mode;
    }

    private Price price(GeneratedPart part, Region region) {
        double perUnit = part.referencePriceEur() * region.priceFactor * draws.uniform(0.9, 1.15);
        BigDecimal perQuantity = BigDecimal.ONE;
        if (part.category().pricedPerHundreds) {
            perQuantity = draws.chance(PER_THOUSAND_SHARE) ? THOUSAND : HUNDRED;
        }
        double amount = perUnit * perQuantity.doubleValue();
        return new Price(Draws.amount(amount, draws.pick(PRICE_SCALES)), perQuantity);
    }

    private LeadTime leadTime(LeadTimeRange range) {
        int days = draws.between(range.leadMin(), range.leadMax());
        double sd = draws.chance(PartFactory.NONE_SHARE) ? 0 : Draws.rounded(days * draws.uniform(0.08, 0.25), 1);
        Double transit = draws.chance(USUALLY_GIVEN)
                ? (double) draws.between(range.transitMin(), range.transitMax()) : null;
        return new LeadTime(days, sd, transit);
    }

    /** Incoterms 2020 (ICC publication 723E) as buyers use them per mode. */
    private String incoterm(TransportMode mode, Region region) {
        if (!draws.chance(USUALLY_GIVEN)) {
            return null;
        }
        return switch (mode) {
            case SEA, SHORT_SEA -> draws.pick(List.of("FOB", "FOB", "CIF", "FCA", "EXW"));
            case AIR -> draws.pick(List.of("FCA", "CPT"));
            case RAIL -> region == Region.ASIA ? "FCA" : draws.pick(List.of("FCA", "DAP"));
            case ROAD, BARGE -> draws.pick(List.of("FCA", "DAP", "DAP", "EXW", "DDP"));
        };
    }

    /** What the source could deliver: above its planned share when stated; a candidate's trial capacity. */
    private Double capacity(GeneratedPart part, BigDecimal share, boolean candidate) {
        double demand = part.part().annualDemandUnits();
        if (candidate) {
            return draws.chance(0.6) ? (double) Math.round(demand * draws.uniform(0.3, 1.2)) : null;
        }
        if (!draws.chance(CAPACITY_SHARE)) {
            return null;
        }
        return (double) Math.round(demand * Math.max(share.doubleValue(), 0.3) * draws.uniform(1.2, 3.0));
    }

    private Integer optional(double probability, DayRange range) {
        return draws.chance(probability) ? range.draw(draws) : null;
    }

    private Qualification qualification(PartCategory category, boolean candidate) {
        if (!candidate || !draws.chance(CANDIDATE_UNQUALIFIED)) {
            return Qualification.QUALIFIED;
        }
        int days = category.qualificationDays.draw(draws);
        BigDecimal cost = BigDecimal.valueOf(category.qualificationCostEur.draw(draws) / 100 * 100L).setScale(2);
        return new Qualification(false, days, cost);
    }

    private Map<String, String> attributes() {
        if (!draws.chance(CONTRACT_SHARE)) {
            return Map.of();
        }
        return Map.of("contract_id", String.format(Locale.ROOT, "FC-%d-%04d", draws.between(2022, 2025),
                draws.between(1, 9_999)));
    }
}
