package be.veerkracht.web.app;

import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.RecommendedReorderPolicy;
import be.veerkracht.inventory.ReorderPolicyPlanner;
import be.veerkracht.inventory.ServiceLevels;
import be.veerkracht.inventory.WorkingCapital;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every part's buffer (safety stock, reorder point, the cash it ties up and the four ways to hold it) for one
 * snapshot, at the default service levels ({@link ServiceLevels#DEFAULT}) and money terms ({@link
 * CapitalTerms#DEFAULT}), as the part page and {@code GET /api/v1/parts/{id}/buffer} show it (docs/buffers.md).
 * Planned once per snapshot ({@link #of(AssessedSnapshot)} keeps it in {@link AssessedSnapshot#derived}); requests
 * only look a part up.
 */
public final class PartBuffers {

    /** The service levels the web application plans with: A 99 %, B 95 %, C 90 %. */
    public static final ServiceLevels LEVELS = ServiceLevels.DEFAULT;

    /** The money terms it compares the four ways with: 8 % capital, 10 % holding, 2 % uplift, +60 days at 0 %. */
    public static final CapitalTerms TERMS = CapitalTerms.DEFAULT;

    /** Ordering cost per order of the (r, Q) policy, EUR: {@link ReorderPolicyPlanner#DEFAULT_ORDERING_COST_EUR}. */
    public static final BigDecimal ORDERING_COST_EUR = ReorderPolicyPlanner.DEFAULT_ORDERING_COST_EUR;

    private static final ReorderPolicyPlanner POLICIES = new ReorderPolicyPlanner(TERMS, ORDERING_COST_EUR);

    /** Where the method is written down (docs are not served: named, not linked). */
    public static final String METHOD = "docs/buffers.md";

    /** Why a part has no buffer. */
    public enum NoBuffer {
        /** No qualified source with a share above 0. */
        NO_ACTIVE_SOURCE,
        /** Annual demand 0. */
        NO_DEMAND
    }

    /**
     * One part's buffer.
     *
     * @param holdings own stock, VMI, consignment and supply-chain finance, cheapest first
     * @param policy   the (r, Q) policy that runs the buffer, at {@link #ORDERING_COST_EUR} per order
     */
    public record Buffer(PartBufferPlan plan, List<BufferCost> holdings, RecommendedReorderPolicy policy) {
        public Buffer {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(policy, "policy");
            holdings = List.copyOf(holdings);
        }
    }

    private final Portfolio portfolio;
    private final Map<String, Buffer> byPart;

    private PartBuffers(Portfolio portfolio, List<PartBufferPlan> plans) {
        this.portfolio = portfolio;
        Map<String, Buffer> map = new HashMap<>();
        for (PartBufferPlan plan : plans) {
            BigDecimal shortage = portfolio.part(new PartId(plan.partId())).flatMap(Part::shortageCostPerUnit)
                    .orElse(null);
            map.put(plan.partId(), new Buffer(plan, holdings(plan), POLICIES.plan(plan, shortage)));
        }
        this.byPart = Map.copyOf(map);
    }

    /** The buffers of {@code portfolio}, planned now. */
    public static PartBuffers plan(Portfolio portfolio) {
        return new PartBuffers(portfolio, new BufferPlanner(LEVELS).plan(portfolio));
    }

    /** The buffers of the snapshot, planned on first use and kept with it. */
    public static PartBuffers of(AssessedSnapshot assessed) {
        return assessed.derived(PartBuffers.class, PartBuffers.class,
                () -> plan(assessed.snapshot().portfolio()));
    }

    /** The part's buffer; empty for a part without demand or an active source (then {@link #why}). */
    public Optional<Buffer> of(PartId part) {
        return Optional.ofNullable(byPart.get(part.value()));
    }

    /** Why the part has no buffer: the planner's own conditions (an active source first, then demand). */
    public NoBuffer why(Part part) {
        boolean active = portfolio.linksOf(part.id()).stream()
                .anyMatch(link -> link.qualification().qualified() && link.share() > 0);
        return active ? NoBuffer.NO_DEMAND : NoBuffer.NO_ACTIVE_SOURCE;
    }

    /**
     * The four ways to hold the plan's safety stock, cheapest first; annual spend = mean daily demand × 365 × unit
     * value, as {@code veerkracht inventory buffers} computes it.
     */
    public static List<BufferCost> holdings(PartBufferPlan plan) {
        BigDecimal spend = BigDecimal.valueOf(plan.leadTimeDemand().meanPerDay() * 365).multiply(plan.unitValueEur());
        return WorkingCapital.compare(plan.safetyStockValueEur(), spend, TERMS);
    }
}
