package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the {@code landed-cost} and {@code emissions} reports ({@code be/veerkracht/cli/landedcost*.properties}). */
enum LandedCostLabel implements MessageKey {
    TITLE, SOURCE_SNAPSHOT, SOURCE_FILE, REFERENCE, NO_DUTY_RATES, OPTION, INCOMPLETE, LINE_KNOWN, LINE_UNKNOWN,
    CO2, CO2_UNKNOWN, COMPARISON_HEADER, COMPARISON, NO_COMPARISON, SUMMARY,
    ITEM_PRICE, ITEM_FREIGHT, ITEM_DUTY, ITEM_PIPELINE_CARRYING, ITEM_SAFETY_STOCK_CARRYING,
    ITEM_CYCLE_STOCK_CARRYING, ITEM_ORDERING, ITEM_CARBON,
    EMISSIONS_TITLE, EMISSIONS_TOTAL, EMISSIONS_MODE, EMISSIONS_GAPS, EMISSIONS_FACTOR, VERIFIED, ASSUMPTION;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.landedcost";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LandedCostLabel of(be.veerkracht.sourcing.landed.CostItem item) {
        return valueOf("ITEM_" + item.name());
    }
}
