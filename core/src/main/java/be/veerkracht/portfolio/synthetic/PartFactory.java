package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the parts: category by share, then everything else from the category's profile. Demand and prices are
 * log-normal, so a few parts carry most of the volume (the long tail of an ERP's material master).
 */
final class PartFactory {

    /** Sizes that fill the {@code {n}} of a description: preferred numbers (ISO 3, R10 series, rounded). */
    static final List<Integer> SIZES = List.of(6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 63, 80, 100);
    /** Probability that a field the ERP may leave empty is empty (margin, weight). */
    static final double UNKNOWN_SHARE = 0.05;
    /** Probability that an A part has a shortage cost set above its margin (a line-stop penalty). */
    static final double SHORTAGE_COST_SHARE_OF_A = 0.10;
    /** Probability that demand has no history (weekly sd 0) or that there is no stock. */
    static final double NONE_SHARE = 0.10;
    /** Probability that a part carries an HS code. */
    static final double HS_CODE_SHARE = 0.85;
    /** Probability that a made-to-drawing part carries a {@code drawing} attribute. */
    static final double DRAWING_SHARE = 0.7;
    private static final Map<Criticality, double[]> MARGIN_FACTOR = Map.of(
            Criticality.A, new double[] {3, 12}, Criticality.B, new double[] {1, 4}, Criticality.C,
            new double[] {0.3, 1.5});

    private final Draws draws;
    private final WeightedChoice<PartCategory> categories =
            new WeightedChoice<>(List.of(PartCategory.values()), c -> c.share);
    private final Map<PartCategory, WeightedChoice<Criticality>> criticalities = new EnumMap<>(PartCategory.class);

    PartFactory(Draws draws) {
        this.draws = draws;
        List<Criticality> levels = List.of(Criticality.values());
        for (PartCategory category : PartCategory.values()) {
            criticalities.put(category,
                    new WeightedChoice<>(levels, c -> category.criticalityWeights[c.ordinal()]));
        }
    }

    List<GeneratedPart> parts(int count) {
        String idFormat = "P%0" + Math.max(6, String.valueOf(count).length()) + "d";
        List<GeneratedPart> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(part(String.format(Locale.ROOT, idFormat, i + 1)));
        }
        return parts;
    }

    private GeneratedPart part(String id) {
        PartCategory category = categories.draw(draws);
        Criticality criticality = criticalities.get(category).draw(draws);
        double referencePrice = category.referencePriceEur.draw(draws);
        double demand = Math.max(1, Math.round(category.annualDemand.draw(draws)));
        double weeklyMean = demand / 52.0;
        double weeklySd = draws.chance(NONE_SHARE) ? 0 : Draws.rounded(weeklyMean * draws.uniform(0.15, 0.9), 1);
        double onHand = draws.chance(NONE_SHARE) ? 0 : Math.round(weeklyMean * draws.uniform(0, 10));
        BigDecimal margin = margin(criticality, referencePrice);
        BigDecimal shortageCost = criticality == Criticality.A && draws.chance(SHORTAGE_COST_SHARE_OF_A)
                ? Draws.amount(referencePrice * draws.uniform(10, 40), 2) : null;
        String dualUse = draws.chance(category.dualUseProbability) ? draws.pick(category.dualUseCodes) : null;
        String hsCode = draws.chance(HS_CODE_SHARE) ? draws.pick(category.hsCodes) : null;
        Double weight = draws.chance(UNKNOWN_SHARE) ? null
                : Math.max(0.001, Draws.rounded(category.weightKg.draw(draws), 3));
        int family = draws.between(0, category.families.size() - 1);
        Part part = new Part(new PartId(id), description(category, family), category.code,
                category.families.get(family),
                demand, weeklySd, category.uom, criticality, margin, shortageCost, onHand, dualUse, hsCode, weight,
                attributes(category));
        return new GeneratedPart(part, category, referencePrice);
    }

    private String description(PartCategory category, int family) {
        String size = String.valueOf(draws.pick(SIZES));
        return category.descriptions.get(family).replace("{n}", size);
    }

    /** Contribution lost per unit short: a multiple of the price, higher for parts that stop the line. */
    private BigDecimal margin(Criticality criticality, double referencePrice) {
        if (draws.chance(UNKNOWN_SHARE)) {
            return null;
        }
        double[] factor = MARGIN_FACTOR.get(criticality);
        return Draws.amount(referencePrice * draws.uniform(factor[0], factor[1]), 2);
    }

    /** Extra ERP columns: the buyer always, a drawing number for parts made to drawing. */
    private Map<String, String> attributes(PartCategory category) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("buyer", String.format(Locale.ROOT, "B%02d", draws.between(1, 6)));
        boolean madeToDrawing = category == PartCategory.CASTINGS || category == PartCategory.MACHINED_PARTS
                || category == PartCategory.SHEET_METAL || category == PartCategory.PLASTICS;
        if (madeToDrawing && draws.chance(DRAWING_SHARE)) {
            attributes.put("drawing", String.format(Locale.ROOT, "DRW-%05d-%c", draws.between(1, 99_999),
                    (char) ('A' + draws.between(0, 4))));
        }
        return attributes;
    }
}
