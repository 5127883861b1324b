package be.veerkracht.ingest.read;

import be.veerkracht.ingest.read.RowFields.Bound;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.util.Map;

/** The {@code sourcing} sheet: one row per source of a part. */
final class SourcingRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.SOURCING;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var part = Ids.part(f, "part_id");
        var supplier = Ids.supplier(f, "supplier_id");
        Double share = f.share("share");
        BigDecimal price = f.decimal("unit_price_eur", Bound.NON_NEGATIVE, true);
        BigDecimal perQuantity = f.decimal("price_per_quantity", Bound.POSITIVE, false);
        Double leadTime = f.number("lead_time_days", Bound.POSITIVE, true);
        Double leadTimeSd = f.number("lead_time_sd_days", Bound.NON_NEGATIVE, false);
        Double transit = f.number("transit_days", Bound.NON_NEGATIVE, false);
        var origin = f.country("origin_country", false);
        Double capacity = f.number("capacity_units_per_year", Bound.NON_NEGATIVE, false);
        TransportMode mode = f.oneOf("transport_mode", TransportMode.class);
        Boolean qualified = f.bool("qualified");
        Integer recovery = f.wholeNumber("recovery_days", Bound.NON_NEGATIVE);
        Integer rampUp = f.wholeNumber("ramp_up_days", Bound.NON_NEGATIVE);
        Integer qualificationDays = f.wholeNumber("qualification_days", Bound.NON_NEGATIVE);
        BigDecimal qualificationCost = f.decimal("qualification_cost_eur", Bound.NON_NEGATIVE, false);
        Integer paymentTerms = f.wholeNumber("payment_terms_days", Bound.NON_NEGATIVE);
        if (transit != null && leadTime != null && transit > leadTime) {
            f.problem("transit_days", ProblemKey.TRANSIT_EXCEEDS_LEAD_TIME, f.text("transit_days"),
                    f.text("lead_time_days"));
        }
        if (f.clean()) {
            assembly.add(new SourcingLink(part, supplier, f.text("site"), share, new Price(price, perQuantity),
                    new LeadTime(leadTime, leadTimeSd == null ? 0 : leadTimeSd, transit), origin, mode,
                    f.text("incoterm"), capacity, recovery, rampUp,
                    new Qualification(qualified == null || qualified, qualificationDays, qualificationCost),
                    paymentTerms, extras), f.origin());
        } else if (part != null) {
            assembly.unreadableLinkOf(part);
        }
    }
}
