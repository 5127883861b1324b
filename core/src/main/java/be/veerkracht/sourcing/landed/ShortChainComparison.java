package be.veerkracht.sourcing.landed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Near against far for one part: of its options with a known distance, the nearest and the farthest, and line by
 * line the difference far &minus; near (EUR per unit; positive: the far option costs more on that line).
 *
 * @param differences one per cost item; {@code farMinusNearEurPerUnit} null when either side is unknown
 * @param farMinusNearKgCo2ePerUnit null when either side's emissions are unknown
 */
public record ShortChainComparison(LandedCost near, LandedCost far, List<Difference> differences,
                                   BigDecimal farMinusNearTotalEurPerUnit, Double farMinusNearKgCo2ePerUnit) {

    public ShortChainComparison {
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(far, "far");
        differences = List.copyOf(differences);
    }

    /**
     * The comparison of a part's options (as {@link LandedCostCalculator#options} gives them); empty when fewer than
     * two options have a known distance, or when the nearest and farthest are equally far.
     */
    public static Optional<ShortChainComparison> of(List<LandedCost> options) {
        List<LandedCost> placed = options.stream().filter(o -> o.route().km() != null)
                .sorted(Comparator.comparingDouble((LandedCost o) -> o.route().km())).toList();
        if (placed.size() < 2) {
            return Optional.empty();
        }
        LandedCost near = placed.get(0);
        LandedCost far = placed.get(placed.size() - 1);
        if (near.route().km().equals(far.route().km())) {
            return Optional.empty();
        }
        List<Difference> differences = new ArrayList<>();
        for (CostLine nearLine : near.lines()) {
            CostLine farLine = far.line(nearLine.item()).orElseThrow();
            BigDecimal diff = nearLine.known() && farLine.known()
                    ? farLine.eurPerUnit().subtract(nearLine.eurPerUnit()) : null;
            differences.add(new Difference(nearLine.item(), nearLine.eurPerUnit(), farLine.eurPerUnit(), diff));
        }
        Double co2 = near.emissions().known() && far.emissions().known()
                ? far.emissions().kgCo2ePerUnit() - near.emissions().kgCo2ePerUnit() : null;
        return Optional.of(new ShortChainComparison(near, far, differences,
                far.totalEurPerUnit().subtract(near.totalEurPerUnit()), co2));
    }

    /** One line: near and far EUR per unit (null when unknown) and far minus near. */
    public record Difference(CostItem item, BigDecimal nearEurPerUnit, BigDecimal farEurPerUnit,
                             BigDecimal farMinusNearEurPerUnit) {
    }
}
