package be.veerkracht.web.app;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.tooling.PortfolioToolingRoi;
import be.veerkracht.tooling.ToolRoi;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tooling register of one snapshot: for every tool of its tooling sheet the stop risk from the stress test's
 * event model, what a day without it costs, and the return on a second tool ({@link PortfolioToolingRoi},
 * docs/tooling.md), at the settings of {@code veerkracht tools}: {@value #SCENARIOS} simulated years, seed
 * {@value #SEED}. Computed once per snapshot ({@link #of} keeps it in {@link AssessedSnapshot#derived}), for the
 * page {@code /tools} and {@code GET /api/v1/tools}.
 */
public final class ToolRegister {

    /** Simulated years per tool, as {@code veerkracht tools} by default. */
    public static final int SCENARIOS = 2000;

    /** The seed, as {@code veerkracht tools} by default: the same snapshot gives the same figures. */
    public static final long SEED = 20261128L;

    /** Where the method is written down (docs are not served: named, not linked). */
    public static final String METHOD = "docs/tooling.md";

    /** Largest NPV first; tools without an investment case last, in the order of the tooling sheet. */
    public static final Comparator<ToolRoi> BY_NPV = Comparator.comparing(
            (ToolRoi t) -> t.roi() == null ? null : t.roi().npvEur(),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));

    private final List<ToolRoi> tools;
    private final List<ToolRoi> byNpv;

    private ToolRegister(List<ToolRoi> tools) {
        this.tools = List.copyOf(tools);
        this.byNpv = this.tools.stream().sorted(BY_NPV).toList();
    }

    /** The register of {@code portfolio}, evaluated now. */
    public static ToolRegister evaluate(Portfolio portfolio, ReferenceGeography geography, EventCatalogue catalogue) {
        StressTestModel model = StressTestModel.compile(portfolio, geography, catalogue);
        return new ToolRegister(new PortfolioToolingRoi(model).evaluate(portfolio, SCENARIOS, SEED));
    }

    /**
     * The register of the snapshot, evaluated on first use and kept with it.
     *
     * @param catalogue the event catalogue, asked on first use (the one the stress test shares)
     */
    public static ToolRegister of(AssessedSnapshot assessed, ReferenceGeography geography,
                                  Supplier<EventCatalogue> catalogue) {
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(catalogue, "catalogue");
        return assessed.derived(ToolRegister.class, ToolRegister.class,
                () -> evaluate(assessed.snapshot().portfolio(), geography, catalogue.get()));
    }

    /** Every tool, in the order of the tooling sheet (as {@code veerkracht tools}). */
    public List<ToolRoi> tools() {
        return tools;
    }

    /** Every tool, largest NPV first, those without an investment case last ({@link #BY_NPV}). */
    public List<ToolRoi> byNpv() {
        return byNpv;
    }
}
