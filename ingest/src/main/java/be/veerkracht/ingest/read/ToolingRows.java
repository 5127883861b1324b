package be.veerkracht.ingest.read;

import be.veerkracht.ingest.read.RowFields.Bound;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.ToolOwner;
import be.veerkracht.portfolio.ToolRow;
import java.math.BigDecimal;
import java.util.Map;

/** The optional {@code tooling} sheet: one row per tool and part it serves. */
final class ToolingRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.TOOLING;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var tool = Ids.tool(f, "tool_id");
        var part = Ids.part(f, "part_id");
        var supplier = Ids.supplier(f, "supplier_id");
        BigDecimal cost = f.decimal("replacement_cost_eur", Bound.NON_NEGATIVE, false);
        Integer rebuildDays = f.wholeNumber("rebuild_days", Bound.NON_NEGATIVE);
        ToolOwner owner = f.oneOf("owner", ToolOwner.class);
        Long shots = f.longNumber("life_remaining_shots", Bound.NON_NEGATIVE);
        if (f.clean()) {
            assembly.add(new ToolRow(tool, part, supplier, cost, rebuildDays, owner, shots), f.origin());
        }
    }
}
