package be.veerkracht.sourcing.landed;

import be.veerkracht.action.Action.Text;
import static be.veerkracht.sourcing.landed.Routes.format;

import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.inventory.LeadTimeDemand;
import be.veerkracht.inventory.SafetyStock;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Total landed cost of a sourcing option, per unit and per year at the part's annual demand D:
 * <ul>
 *   <li>price p, as booked (per unit: amount / price unit);</li>
 *   <li>freight f = max(m/1000 &middot; d &middot; rate, m &middot; minimum) by the route's mode
 *       ({@link FreightRate});</li>
 *   <li>duty = CIF &middot; rate/100 with CIF = p + f (customs value: cost, insurance and freight to the EU border;
 *       the freight to Antwerp stands in for the freight to the border and insurance is not added), the rate by
 *       {@link DutyRates}: 0 for EU origin;</li>
 *   <li>pipeline carrying = T/365 &middot; v &middot; h per unit, T the transit days (the link's, else the
 *       reference days by mode), v = p the unit value, h the carrying rate: the buyer owns the goods in transit
 *       (FOB/FCA terms);</li>
 *   <li>safety-stock carrying = SS &middot; v &middot; h per year, SS = k &middot; &sigma;<sub>LTD</sub>,
 *       &sigma;<sub>LTD</sub> = &radic;(E[L] &sigma;<sub>d</sub>&sup2; + d&sup2; &sigma;<sub>L</sub>&sup2;),
 *       k = &Phi;<sup>&minus;1</sup>(service level) ({@link LeadTimeDemand}, {@link SafetyStock}; Silver, Pyke and
 *       Thomas 2017, ch. 6), with this source supplying all of D;</li>
 *   <li>cycle-stock carrying Q/2 &middot; v &middot; h and ordering D/Q &middot; S per year at the economic order
 *       quantity Q = &radic;(2DS/(vh)) (F. W. Harris, "How many parts to make at once", <i>Factory, the Magazine of
 *       Management</i> 10(2), 135-136, 1913);</li>
 *   <li>carbon: kg CO2e per unit / 1000 &middot; carbon price, when one is given.</li>
 * </ul>
 * A line whose inputs are missing is unknown (never 0) and says what is missing. Constant work per option.
 */
public final class LandedCostCalculator {

    private static final double DAYS_PER_YEAR = 365;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private final ReferenceGeography geography;
    private final TransportReference transport;
    private final DutyRates duties;
    private final LandedCostSettings settings;
    private final Routes routes;

    public LandedCostCalculator(ReferenceGeography geography, TransportReference transport, DutyRates duties,
                                LandedCostSettings settings) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.duties = Objects.requireNonNull(duties, "duties");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.routes = new Routes(transport);
    }

    public Routes routes() {
        return routes;
    }

    public LandedCostSettings settings() {
        return settings;
    }

    /** Every option of every part, in portfolio order. */
    public List<LandedCost> all(Portfolio portfolio) {
        List<LandedCost> all = new ArrayList<>();
        for (Part part : portfolio.parts()) {
            all.addAll(options(portfolio, part.id()));
        }
        return all;
    }

    /** The options (sourcing links, candidates included) of one part. */
    public List<LandedCost> options(Portfolio portfolio, PartId id) {
        Part part = portfolio.part(id).orElseThrow(() -> new IllegalArgumentException("unknown part " + id.value()));
        return portfolio.linksOf(id).stream().map(link -> option(part, link)).toList();
    }

    public LandedCost option(Part part, SourcingLink link) {
        double demand = part.annualDemandUnits();
        Route route = routes.route(link);
        TransportEmissions emissions = routes.emissions(part, link);
        BigDecimal price = link.price().perUnitEur();
        double value = price.doubleValue();
        double h = settings.carryingRatePerYear();
        List<CostLine> lines = new ArrayList<>();
        lines.add(exactLine(CostItem.PRICE, price, demand, List.of(Text.of(LandedCostText.PRICE,
                link.price().amountEur().toPlainString(), link.price().perQuantity().toPlainString()))));
        CostLine freight = freight(part, route);
        lines.add(freight);
        lines.add(duty(part, link, price, freight, demand));
        lines.add(pipeline(link, route, value, h, demand));
        lines.add(safetyStock(part, link, value, h, demand));
        lines.addAll(cycleAndOrdering(value, h, demand));
        if (settings.carbonPriceEurPerTonne() != null) {
            lines.add(carbon(emissions, demand));
        }
        return new LandedCost(link.key(), link.originCountry(), route, demand, lines, emissions);
    }

    private CostLine freight(Part part, Route route) {
        if (part.weightKg() == null) {
            return CostLine.unknown(CostItem.FREIGHT, Text.of(LandedCostText.FREIGHT_NO_WEIGHT));
        }
        if (route.mode() == null || route.km() == null) {
            return CostLine.unknown(CostItem.FREIGHT, Text.of(LandedCostText.FREIGHT_NO_ROUTE, route.distanceNote()));
        }
        Optional<FreightRate> rate = transport.rate(route.mode());
        if (rate.isEmpty()) {
            return CostLine.unknown(CostItem.FREIGHT, Text.of(LandedCostText.FREIGHT_NO_RATE, route.mode().code()));
        }
        FreightRate r = rate.get();
        BigDecimal perUnit = r.eurPerUnit(part.weightKg(), route.km());
        List<Text> why = new ArrayList<>();
        why.add(r.minimumApplies(route.km())
                ? Text.of(LandedCostText.FREIGHT_MINIMUM, r.minEurPerKg().toPlainString(), format(part.weightKg()),
                route.mode().code())
                : Text.of(LandedCostText.FREIGHT_TONNE_KM, format(part.weightKg()), format(route.km()),
                r.eurPerTonneKm().toPlainString(), route.mode().code()));
        if (route.modeAssumed()) {
            why.add(Text.of(LandedCostText.MODE_ASSUMED));
        }
        why.add(Text.of(LandedCostText.GIVEN, route.distanceNote()));
        why.add(Text.of(LandedCostText.RATE, r.source()));
        return exactLine(CostItem.FREIGHT, perUnit, part.annualDemandUnits(), why);
    }

    private CostLine duty(Part part, SourcingLink link, BigDecimal price, CostLine freight, double demand) {
        TradeRelation relation = geography.country(link.originCountry()).map(CountryProfile::tradeRelation)
                .orElse(TradeRelation.MFN);
        DutyRates.DutyDecision decision = duties.decide(part.hsCode(), link.originCountry(), relation);
        if (decision.ratePercent().isEmpty()) {
            return CostLine.unknown(CostItem.DUTY, Text.of(LandedCostText.GIVEN, decision.rule()));
        }
        BigDecimal rate = decision.ratePercent().get();
        BigDecimal cif = freight.known() ? price.add(freight.eurPerUnit()) : price;
        BigDecimal perUnit = cif.multiply(rate).divide(HUNDRED);
        Text customsValue = Text.of(freight.known() ? LandedCostText.DUTY_CIF : LandedCostText.DUTY_PRICE_ONLY,
                cif.toPlainString(), rate.toPlainString());
        return exactLine(CostItem.DUTY, perUnit, demand, List.of(Text.of(LandedCostText.GIVEN, decision.rule()),
                customsValue));
    }

    private CostLine pipeline(SourcingLink link, Route route, double value, double h, double demand) {
        Double transit = link.leadTime().transitDays();
        boolean fromReference = false;
        if (transit == null && route.mode() != null) {
            transit = geography.country(link.originCountry()).map(c -> c.transitDaysToAntwerp().get(route.mode()))
                    .orElse(null);
            fromReference = true;
        }
        if (transit == null) {
            return CostLine.unknown(CostItem.PIPELINE_CARRYING, Text.of(LandedCostText.PIPELINE_UNKNOWN));
        }
        double perUnit = transit / DAYS_PER_YEAR * value * h;
        Text why = fromReference
                ? Text.of(LandedCostText.PIPELINE_FROM_REFERENCE, format(transit), format(value), format(h),
                link.originCountry().alpha2(), route.mode().code())
                : Text.of(LandedCostText.PIPELINE_FROM_LINK, format(transit), format(value), format(h));
        return estimate(CostItem.PIPELINE_CARRYING, perUnit, perUnit * demand, why);
    }

    private CostLine safetyStock(Part part, SourcingLink link, double value, double h, double demand) {
        LeadTimeDemand ltd = LeadTimeDemand.fromWeekly(demand, part.weeklyDemandSdUnits(), link.leadTime().days(),
                link.leadTime().sdDays());
        double units = Math.max(0, SafetyStock.forCycleServiceLevel(ltd, settings.serviceLevel()).safetyStockUnits());
        double perYear = units * value * h;
        return estimate(CostItem.SAFETY_STOCK_CARRYING, demand == 0 ? 0 : perYear / demand, perYear,
                Text.of(LandedCostText.SAFETY_STOCK, format(units), format(settings.serviceLevel()),
                        format(link.leadTime().days()),
                        format(link.leadTime().sdDays()), format(part.weeklyDemandSdUnits()), format(ltd.sd()),
                        format(value), format(h)));
    }

    private List<CostLine> cycleAndOrdering(double value, double h, double demand) {
        double orderCost = settings.orderingCostEur().doubleValue();
        double holding = value * h;
        if (demand == 0 || holding == 0 || orderCost == 0) {
            Text why = Text.of(LandedCostText.NO_EOQ);
            return List.of(estimate(CostItem.CYCLE_STOCK_CARRYING, 0, 0, why),
                    estimate(CostItem.ORDERING, 0, 0, why));
        }
        double q = Math.sqrt(2 * demand * orderCost / holding);
        double cycle = q / 2 * holding;
        double ordering = demand / q * orderCost;
        return List.of(
                estimate(CostItem.CYCLE_STOCK_CARRYING, cycle / demand, cycle, Text.of(LandedCostText.CYCLE_STOCK,
                        format(demand), format(orderCost), format(value), format(h), format(q))),
                estimate(CostItem.ORDERING, ordering / demand, ordering, Text.of(LandedCostText.ORDERING,
                        format(demand / q), format(orderCost))));
    }

    private CostLine carbon(TransportEmissions emissions, double demand) {
        BigDecimal price = settings.carbonPriceEurPerTonne();
        if (!emissions.known()) {
            return CostLine.unknown(CostItem.CARBON, Text.of(LandedCostText.GIVEN, emissions.explanation()));
        }
        double perUnit = emissions.kgCo2ePerUnit() / KG_PER_TONNE.doubleValue() * price.doubleValue();
        return estimate(CostItem.CARBON, perUnit, perUnit * demand, Text.of(LandedCostText.CARBON,
                format(emissions.kgCo2ePerUnit()), price.toPlainString()));
    }

    private static CostLine exactLine(CostItem item, BigDecimal perUnit, double demand, List<Text> why) {
        BigDecimal perYear = perUnit.multiply(BigDecimal.valueOf(demand));
        List<Text> all = new ArrayList<>(why);
        all.add(Text.of(LandedCostText.PER_YEAR, format(demand)));
        return new CostLine(item, normalised(perUnit), normalised(perYear), all);
    }

    private static CostLine estimate(CostItem item, double perUnit, double perYear, Text why) {
        return new CostLine(item, BigDecimal.valueOf(perUnit).setScale(CostLine.ESTIMATE_SCALE, RoundingMode.HALF_EVEN),
                BigDecimal.valueOf(perYear).setScale(CostLine.ESTIMATE_SCALE, RoundingMode.HALF_EVEN), List.of(why));
    }

    private static BigDecimal normalised(BigDecimal amount) {
        return be.veerkracht.portfolio.ExactAmounts.normalised(amount);
    }
}
