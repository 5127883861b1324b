package be.veerkracht.portfolio.synthetic;

import java.util.List;

/**
 * The kinds of purchased parts of a Belgian machine builder, with what makes each kind look real. All numbers are
 * assumptions made for test data (stated here so a reader can argue with them), not measurements; HS codes are real
 * six-digit headings of the Harmonized System 2022 (WCO) that fit the category; dual-use codes are real entries of
 * Annex I to Regulation (EU) 2021/821.
 */
enum PartCategory {
    CASTINGS("castings", 8, "pcs", false, new Spread(85, 0.9), new Spread(150, 1.1), new Spread(12, 1.0),
            new double[] {0.35, 0.45, 0.20}, List.of("732510", "761699"),
            List.of("housings", "covers", "brackets"),
            List.of("Pump housing GJS-400 DN{n}", "Gearbox cover EN AC-46000 size {n}",
                    "Bearing bracket GJL-250 type {n}"),
            List.of(), 0, new ToolProfile(new DayRange(15_000, 150_000), new DayRange(60, 150), new DayRange(5, 120)),
            new DayRange(60, 180), new DayRange(90, 180), new DayRange(5_000, 40_000)),
    MACHINED_PARTS("machined parts", 20, "pcs", false, new Spread(45, 1.0), new Spread(120, 1.1),
            new Spread(2.5, 1.0), new double[] {0.20, 0.45, 0.35}, List.of("848790", "848340"),
            List.of("shafts", "flanges", "bushings"),
            List.of("Drive shaft Ø{n} mm", "Flange plate {n}x{n} usinée", "Bushing bronze Ø{n}"),
            List.of(), 0, null, new DayRange(30, 90), new DayRange(30, 90), new DayRange(1_000, 8_000)),
    SHEET_METAL("sheet metal", 14, "pcs", false, new Spread(25, 0.9), new Spread(200, 1.1), new Spread(3, 0.9),
            new double[] {0.10, 0.40, 0.50}, List.of("732690"), List.of("guards", "brackets", "panels"),
            List.of("Guard panel S235 {n} mm", "Mounting bracket 3 mm type {n}", "Cabinet door RAL 7035 {n}"),
            List.of(), 0, null, new DayRange(20, 60), new DayRange(20, 60), new DayRange(500, 5_000)),
    PLASTICS("plastics", 7, "pcs", false, new Spread(4.5, 0.9), new Spread(1_000, 1.2), new Spread(0.15, 0.9),
            new double[] {0.10, 0.40, 0.50}, List.of("392690"), List.of("covers", "guides", "knobs"),
            List.of("Cover PA6 GF30 size {n}", "Chain guide UHMW-PE {n} mm", "Knob Ø{n} black"),
            List.of(), 0, new ToolProfile(new DayRange(10_000, 120_000), new DayRange(45, 120), new DayRange(50, 800)),
            new DayRange(45, 120), new DayRange(60, 120), new DayRange(3_000, 20_000)),
    FASTENERS("fasteners", 18, "pcs", true, new Spread(0.12, 1.0), new Spread(8_000, 1.3), new Spread(0.01, 1.0),
            new double[] {0.02, 0.18, 0.80}, List.of("731815", "731816"), List.of("bolts", "nuts", "washers"),
            List.of("Hex bolt M{n} x 40 8.8 zinc-plated", "Hex nut M{n} A2-70", "Washer M{n} DIN 125"),
            List.of(), 0, null, new DayRange(7, 30), new DayRange(10, 30), new DayRange(300, 2_000)),
    ELECTRONICS("electronics", 10, "pcs", false, new Spread(65, 1.3), new Spread(100, 1.2), new Spread(0.3, 1.0),
            new double[] {0.45, 0.40, 0.15}, List.of("853710", "853890"),
            List.of("motion controllers", "sensors", "boards"),
            List.of("Motion controller {n} axes", "Inductive sensor M{n} PNP", "I/O board {n} channels"),
            List.of("3A001.a.1", "5A002.a", "2B001.a"), 0.05, null,
            new DayRange(60, 180), new DayRange(60, 150), new DayRange(2_000, 25_000)),
    CABLES("cables", 7, "m", false, new Spread(2.8, 0.8), new Spread(1_500, 1.1), new Spread(0.12, 0.8),
            new double[] {0.10, 0.50, 0.40}, List.of("854449", "854442"),
            List.of("power cables", "signal cables", "harnesses"),
            List.of("Power cable 4G{n} mm² geïsoleerd", "Signal cable {n}x0.25 shielded",
                    "Harness X{n} pre-assembled"),
            List.of(), 0, null, new DayRange(20, 60), new DayRange(30, 90), new DayRange(1_000, 6_000)),
    MOTORS("motors", 5, "pcs", false, new Spread(420, 0.8), new Spread(40, 1.0), new Spread(18, 0.8),
            new double[] {0.50, 0.40, 0.10}, List.of("850152"), List.of("servo motors", "gear motors", "AC motors"),
            List.of("Servo motor {n} Nm", "Gear motor i={n}", "AC motor IE3 {n} kW"),
            List.of(), 0, null, new DayRange(45, 150), new DayRange(60, 150), new DayRange(3_000, 20_000)),
    BEARINGS("bearings", 5, "pcs", false, new Spread(18, 1.0), new Spread(300, 1.1), new Spread(0.5, 1.0),
            new double[] {0.20, 0.50, 0.30}, List.of("848210"),
            List.of("ball bearings", "linear guides", "bearing units"),
            List.of("Deep groove ball bearing 62{n}-2RS", "Linear guide rail size {n}", "Pillow block UCP2{n}"),
            List.of(), 0, null, new DayRange(30, 120), new DayRange(30, 90), new DayRange(1_000, 10_000)),
    HYDRAULICS("hydraulics", 6, "pcs", false, new Spread(160, 1.0), new Spread(50, 1.0), new Spread(6, 1.0),
            new double[] {0.30, 0.45, 0.25}, List.of("841221", "848180"), List.of("cylinders", "valves", "hoses"),
            List.of("Hydraulic cylinder Ø{n} stroke 200", "Directional valve NG{n}", "Hose 1/2\" 250 bar, {n} m"),
            List.of(), 0, null, new DayRange(30, 120), new DayRange(45, 120), new DayRange(2_000, 15_000));

    final String code;
    final double share;
    final String uom;
    final boolean pricedPerHundreds;
    final Spread referencePriceEur;
    final Spread annualDemand;
    final Spread weightKg;
    final double[] criticalityWeights;
    final List<String> hsCodes;
    final List<String> families;
    final List<String> descriptions;
    final List<String> dualUseCodes;
    final double dualUseProbability;
    final ToolProfile tool;
    final DayRange recoveryDays;
    final DayRange qualificationDays;
    final DayRange qualificationCostEur;

    /**
     * @param share              weight among part numbers, percent
     * @param pricedPerHundreds  ERPs price such parts per 100 (or per 1000) pieces
     * @param referencePriceEur  price per {@code uom} from a West-European source, EUR
     * @param annualDemand       units per year
     * @param criticalityWeights weights of A, B, C
     * @param families           part families; the description at the same position belongs to each
     * @param descriptions       patterns; {@code {n}} becomes a size
     * @param tool               the tool the supplier needs, or null when the category needs none
     */
    PartCategory(String code, double share, String uom, boolean pricedPerHundreds, Spread referencePriceEur,
                 Spread annualDemand, Spread weightKg, double[] criticalityWeights, List<String> hsCodes,
                 List<String> families, List<String> descriptions, List<String> dualUseCodes,
                 double dualUseProbability, ToolProfile tool, DayRange recoveryDays, DayRange qualificationDays,
                 DayRange qualificationCostEur) {
        this.code = code;
        this.share = share;
        this.uom = uom;
        this.pricedPerHundreds = pricedPerHundreds;
        this.referencePriceEur = referencePriceEur;
        this.annualDemand = annualDemand;
        this.weightKg = weightKg;
        this.criticalityWeights = criticalityWeights;
        this.hsCodes = hsCodes;
        this.families = families;
        this.descriptions = descriptions;
        this.dualUseCodes = dualUseCodes;
        this.dualUseProbability = dualUseProbability;
        this.tool = tool;
        this.recoveryDays = recoveryDays;
        this.qualificationDays = qualificationDays;
        this.qualificationCostEur = qualificationCostEur;
        if (families.size() != descriptions.size()) {
            throw new IllegalArgumentException(code + ": one description per family");
        }
    }

    boolean needsTool() {
        return tool != null;
    }
}
