package be.veerkracht.ingest.read;

import be.veerkracht.ingest.read.RowFields.Bound;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.ProblemKey;
import java.math.BigDecimal;
import java.util.Map;

/** The {@code parts} sheet. */
final class PartRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.PARTS;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var id = Ids.part(f, "part_id");
        Double demand = f.number("annual_demand_units", Bound.NON_NEGATIVE, true);
        Double demandSd = f.number("weekly_demand_sd_units", Bound.NON_NEGATIVE, false);
        Criticality criticality = f.oneOf("criticality", Criticality.class);
        BigDecimal margin = f.decimal("margin_eur_per_unit", Bound.NON_NEGATIVE, false);
        BigDecimal shortage = f.decimal("shortage_cost_eur_per_unit", Bound.NON_NEGATIVE, false);
        Double onHand = f.number("on_hand_units", Bound.NON_NEGATIVE, false);
        String dualUse = f.matching("dual_use_code", Part.DUAL_USE_CODE, ProblemKey.NOT_A_DUAL_USE_CODE);
        String hs = HsCodes.read(f, "hs_code");
        Double weight = f.number("weight_kg", Bound.NON_NEGATIVE, false);
        if (f.clean()) {
            assembly.add(new Part(id, f.text("description"), f.text("category"), f.text("part_family"), demand,
                    demandSd == null ? 0 : demandSd, f.text("uom"), criticality, margin, shortage,
                    onHand == null ? 0 : onHand, dualUse, hs, weight, extras), f.origin());
        } else if (id != null) {
            assembly.unreadable(id);
        }
    }
}
