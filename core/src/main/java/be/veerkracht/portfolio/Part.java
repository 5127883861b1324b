package be.veerkracht.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A purchased part as the ERP knows it. Quantities are in the part's {@code uom}; money in EUR, exact.
 *
 * @param annualDemandUnits      units of the part needed per year
 * @param weeklyDemandSdUnits    standard deviation of weekly demand, units; 0 means steady demand
 * @param marginEurPerUnit       contribution lost per unit not delivered, EUR per unit; null when unknown
 * @param shortageCostEurPerUnit cost of a unit short, EUR per unit, overriding the margin; null when not set
 * @param onHandUnits            stock on hand now, units
 * @param dualUseCode            EU Annex I code (Reg. (EU) 2021/821) such as {@code 3A001.a.1}; null when none given
 * @param hsCode                 customs tariff code, digits only; null when none given
 * @param weightKg               mass of one unit, kg; null when unknown
 * @param attributes             columns of the import this model does not use, kept as text by column name
 */
public record Part(
        PartId id,
        String description,
        String category,
        String partFamily,
        double annualDemandUnits,
        double weeklyDemandSdUnits,
        String uom,
        Criticality criticality,
        BigDecimal marginEurPerUnit,
        BigDecimal shortageCostEurPerUnit,
        double onHandUnits,
        String dualUseCode,
        String hsCode,
        Double weightKg,
        Map<String, String> attributes) {

    /** Unit of measure when the ERP gives none. */
    public static final String DEFAULT_UOM = "pcs";

    /**
     * Annex I entry: category digit, product group A–E, three digits, then sub-items such as {@code .a.1.b}
     * (layout per Regulation (EU) 2021/821, Annex I, "Structure").
     */
    public static final Pattern DUAL_USE_CODE = Pattern.compile("[0-9][A-E][0-9]{3}(\\.([a-z]{1,2}|[0-9]{1,2}))*");

    /** Harmonized System code: 4 (heading) to 10 (national tariff line) digits. */
    public static final Pattern HS_CODE = Pattern.compile("[0-9]{4,10}");

    public Part {
        Objects.requireNonNull(id, "id");
        description = Checks.blankToNull(description);
        category = Checks.blankToNull(category);
        partFamily = Checks.blankToNull(partFamily);
        Checks.nonNegative(annualDemandUnits, "annual_demand_units");
        Checks.nonNegative(weeklyDemandSdUnits, "weekly_demand_sd_units");
        uom = uom == null || uom.isBlank() ? DEFAULT_UOM : uom.strip();
        criticality = criticality == null ? Criticality.DEFAULT : criticality;
        marginEurPerUnit = Checks.nonNegativeOrNull(marginEurPerUnit, "margin_eur_per_unit");
        shortageCostEurPerUnit = Checks.nonNegativeOrNull(shortageCostEurPerUnit, "shortage_cost_eur_per_unit");
        Checks.nonNegative(onHandUnits, "on_hand_units");
        dualUseCode = Checks.blankToNull(dualUseCode);
        if (dualUseCode != null && !DUAL_USE_CODE.matcher(dualUseCode).matches()) {
            throw new IllegalArgumentException("dual_use_code is not an Annex I code: " + dualUseCode);
        }
        hsCode = Checks.blankToNull(hsCode);
        if (hsCode != null && !HS_CODE.matcher(hsCode).matches()) {
            throw new IllegalArgumentException("hs_code must be 4 to 10 digits: " + hsCode);
        }
        Checks.nonNegativeOrNull(weightKg, "weight_kg");
        attributes = Attributes.normalised(attributes);
    }

    /** A part with only the required fields; the rest take their defaults. */
    public static Part of(String id, double annualDemandUnits) {
        return new Part(new PartId(id), null, null, null, annualDemandUnits, 0, null, null, null, null, 0,
                null, null, null, Map.of());
    }

    /** What one unit short costs: the shortage cost where set, else the margin; empty when neither is known. */
    public Optional<BigDecimal> shortageCostPerUnit() {
        return Optional.ofNullable(shortageCostEurPerUnit != null ? shortageCostEurPerUnit : marginEurPerUnit);
    }
}
